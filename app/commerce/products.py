"""Read side of products: the list with its sales, one product, and name/alias lookup."""

from __future__ import annotations

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session, sessionmaker

from app.commerce.domain import ProductRow, split_actives
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
        return self.lookup().get(key)

    def lookup(self) -> dict[str, int]:
        """Every folded name and alias to its product id (the paste step keeps one per paste)."""
        with self._sf() as s:
            rows = s.execute(
                select(Product.id, Product.name, Product.aliases, Product.active).order_by(
                    Product.active.desc(), Product.id
                )
            ).all()
        out: dict[str, int] = {}
        for pid, name, aliases, _active in rows:
            for n in (name, *(aliases or ())):
                out.setdefault(fold(n), pid)
        # Unique substrings of the names of products on sale, as a convenience.
        partial: dict[str, set[int]] = {}
        for pid, name, _aliases, active in rows:
            if active:
                folded = fold(clean(name))
                for i in range(len(folded)):
                    for j in range(i + 2, len(folded) + 1):
                        partial.setdefault(folded[i:j], set()).add(pid)
        for key, pids in partial.items():
            if len(pids) == 1 and key not in out:
                out[key] = next(iter(pids))
        return out


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
