"""Read side of products: the list with its sales, one product, and name/alias lookup."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session, sessionmaker

from app.commerce.domain import ProductRow, split_actives, unsuitable_warning
from app.text import clean, fold
from db.models_commerce import Product, Purchase


class ProductService:
    """Products for the window, the CLI and the paste step (plain rows, never ORM objects)."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def products(self, include_retired: bool = True) -> list[ProductRow]:
        """Every product, those on sale first, then by name; with purchases and buyers."""
        sales = (
            select(
                Purchase.product_id,
                func.count().label("n"),
                func.count(distinct(Purchase.member_id)).label("buyers"),
            )
            .where(Purchase.refunded_on.is_(None))
            .group_by(Purchase.product_id)
            .subquery()
        )
        stmt = (
            select(Product, func.coalesce(sales.c.n, 0), func.coalesce(sales.c.buyers, 0))
            .outerjoin(sales, sales.c.product_id == Product.id)
            .order_by(Product.active.desc(), Product.name, Product.id)
        )
        if not include_retired:
            stmt = stmt.where(Product.active.is_(True))
        with self._sf() as s:
            return [_row(p, int(n), int(b)) for p, n, b in s.execute(stmt)]

    def get(self, product_id: int) -> ProductRow | None:
        return next((p for p in self.products() if p.id == product_id), None)

    def categories(self) -> list[str]:
        """Categories and actives in use: what the members filter offers for 买过 X."""
        with self._sf() as s:
            rows = s.execute(select(Product.category, Product.actives)).all()
        out = {c for c, _ in rows if c}
        for _, actives in rows:
            out.update(split_actives(actives))
        return sorted(out)

    def resolve(self, text: str) -> int | None:
        """The product a typed name or alias means (NFKC, case-folded), or None.

        An exact name or alias wins; otherwise a product on sale whose name contains the text
        when that is the only one (「焕肤水」 for 果酸焕肤水).
        """
        key = fold(text)
        if not key:
            return None
        with self._sf() as s:
            ref = product_names(s).keys.get(key)
        return ref.id if ref else None

    def lookup(self) -> dict[str, int]:
        """Every folded name and alias to its product id (the paste step keeps one per paste)."""
        with self._sf() as s:
            names = product_names(s)
        return {key: ref.id for key, ref in names.keys.items()}


@dataclass(frozen=True, slots=True)
class ProductRef:
    """What the paste step needs of a product: its name and who it does not suit."""

    id: int
    name: str
    category: str
    actives: tuple[str, ...]
    unsuitable: tuple[str, ...]
    active: bool

    def warning(self, skin_type: str | None) -> str:
        """The unsuitable-skin warning for a buyer of this skin type ("" when it suits her)."""
        return unsuitable_warning(
            skin_type, self.unsuitable, self.actives, self.category, self.name
        )


@dataclass(frozen=True)
class ProductNames:
    """Products by the words people type for them: read once, then looked up per pasted item."""

    keys: dict[str, ProductRef]  # folded name, alias or unique part of a name on sale
    words: tuple[str, ...]  # names and aliases as written (the parser splits `小美精华×2` on them)

    def resolve(self, text: str) -> ProductRef | None:
        key = fold(text)
        return self.keys.get(key) if key else None


def product_names(s: Session) -> ProductNames:
    """Names and aliases of every product (those on sale win a shared word), plus the unique
    substrings of the names of products on sale, as a convenience (「焕肤水」 for 果酸焕肤水)."""
    rows = s.execute(select(Product).order_by(Product.active.desc(), Product.id)).scalars().all()
    refs = [
        ProductRef(
            p.id,
            p.name,
            p.category or "",
            split_actives(p.actives),
            tuple(p.unsuitable or ()),
            bool(p.active),
        )
        for p in rows
    ]
    out: dict[str, ProductRef] = {}
    words: list[str] = []
    for p, ref in zip(rows, refs, strict=True):
        for n in (p.name, *(p.aliases or ())):
            words.append(n)
            out.setdefault(fold(n), ref)
    partial: dict[str, set[int]] = {}
    by_id = {r.id: r for r in refs}
    for ref in refs:
        if ref.active:
            folded = fold(clean(ref.name))
            for i in range(len(folded)):
                for j in range(i + 2, len(folded) + 1):
                    partial.setdefault(folded[i:j], set()).add(ref.id)
    for key, pids in partial.items():
        if len(pids) == 1 and key not in out:
            out[key] = by_id[next(iter(pids))]
    return ProductNames(out, tuple(dict.fromkeys(w for w in words if w)))


def _row(p: Product, purchases: int, buyers: int) -> ProductRow:
    return ProductRow(
        p.id,
        p.name,
        tuple(p.aliases or ()),
        p.category,
        split_actives(p.actives),
        float(p.price),
        tuple(p.suitable or ()),
        tuple(p.unsuitable or ()),
        bool(p.active),
        p.note,
        purchases,
        buyers,
    )
