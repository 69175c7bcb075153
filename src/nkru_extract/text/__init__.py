"""The shared German text layer every capability reads.

Pure helpers over plain strings and spaCy Docs that numbers, entities, quotes and claims all
need: input normalisation with an offset map back to the caller's text, the token view over a
Doc, closed German word classes and the phrase chunker. No capability package is imported
from here, so the layer stays at the bottom of the house.
"""
