# Shequn 社群管家 — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test venv lint bench screenshots translations build clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	$(BIN)/python -m compileall -q app ui db  # bytecode even where PYTHONDONTWRITEBYTECODE is set
	touch $(STAMP)

venv: $(STAMP)

## Set up and open the app on the embedded SQLite database (first start offers a demo community).
run: $(STAMP)
	QT_API=pyside6 $(BIN)/shequn

## Set up and run every test (unit, integration, GUI offscreen) plus the layer contracts.
test: $(STAMP)
	$(BIN)/ruff check app db ui tests bench
	$(BIN)/ruff format --check app db ui tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen QT_API=pyside6 $(BIN)/pytest -q --ignore=tests/gui/test_screenshots.py \
		--ignore=tests/gui/test_screenshots_look.py
	# The full-window screenshot tests run in a process of their own (they skip, saying why,
	# unless SHEQUN_SCREENSHOTS names a folder).
	QT_QPA_PLATFORM=offscreen QT_API=pyside6 $(BIN)/pytest -q tests/gui/test_screenshots.py
	QT_QPA_PLATFORM=offscreen QT_API=pyside6 $(BIN)/pytest -q tests/gui/test_screenshots_look.py

lint: $(STAMP)
	$(BIN)/ruff check app db ui tests bench
	$(BIN)/lint-imports

## Performance figures (100,000 demo members); see README "Performance".
bench: $(STAMP)
	cd bench && QT_API=pyside6 ../$(BIN)/python bench_members.py
	cd bench && QT_API=pyside6 ../$(BIN)/python bench_calendar.py
	cd bench && ../$(BIN)/python bench_import_export.py
	cd bench && QT_API=pyside6 ../$(BIN)/python bench_ui_import.py
	cd bench && QT_API=pyside6 ../$(BIN)/python bench_paste.py
	cd bench && ../$(BIN)/python bench_purchases.py
	cd bench && QT_API=pyside6 ../$(BIN)/python bench_reports.py
	cd bench && QT_API=pyside6 ../$(BIN)/python bench_community.py

## PNG screenshots of every page under Xvfb into ./screenshots.
screenshots: $(STAMP)
	SHEQUN_SCREENSHOTS=$(CURDIR)/screenshots QT_API=pyside6 xvfb-run -a -s "-screen 0 1600x1000x24" \
		$(BIN)/pytest -q tests/gui/test_screenshots.py
	# Every page in light/dark, zh/en, at 1280×720 and 1920×1080, and at 200 %.
	SHEQUN_SCREENSHOTS=$(CURDIR)/screenshots QT_API=pyside6 xvfb-run -a -s "-screen 0 1920x1080x24" \
		$(BIN)/pytest -q tests/gui/test_screenshots_look.py

translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py ui -ts resources/translations/shequn_en.ts
	cd resources/translations && for f in fill_*_en.py; do ../../$(BIN)/python $$f || exit 1; done
	$(BIN)/pyside6-lrelease resources/translations/shequn_en.ts -qm resources/translations/shequn_en.qm

## One-folder build in dist/shequn/ (icon, translations, licences in dist/shequn/licenses/);
## .ci/build_check builds it and runs the built binary headless.
build: $(STAMP)
	$(BIN)/pip install --quiet "pyinstaller>=6"
	QT_QPA_PLATFORM=offscreen $(BIN)/pyinstaller --noconfirm --log-level WARN build.spec

clean:
	rm -rf $(VENV) build dist screenshots .pytest_cache
