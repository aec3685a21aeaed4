"""The input panels, one module per panel; ``common`` holds what they share."""
