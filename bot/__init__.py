"""reflectbot: strengths-based reflection after a contact with a person in poverty."""

__version__ = "0.1.0"
