"""tracker: find the figures in news, tie them to subjects and sources, track them."""

__version__ = "0.1.0"

from .extract import extract_article, extract_articles  # noqa: E402
from .quantities import find_quantities  # noqa: E402
from .schema import Article, Claim, Quantity, read_table, to_frame  # noqa: E402
from .sources import Problem, read_inputs  # noqa: E402

__all__ = [
    "Article", "Claim", "Problem", "Quantity", "extract_article", "extract_articles",
    "find_quantities", "read_inputs", "read_table", "to_frame", "__version__",
]
