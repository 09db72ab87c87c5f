"""govgraph: local-government committee minutes as a knowledge graph of governance relationships."""

__version__ = "0.1.0"
