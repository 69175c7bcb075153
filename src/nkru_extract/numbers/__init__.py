"""Number normaliser: German number expressions to values (pure Python core + spaCy component)."""

from nkru_extract.numbers.parse import find_numbers, parse_number

__all__ = ["find_numbers", "parse_number"]
