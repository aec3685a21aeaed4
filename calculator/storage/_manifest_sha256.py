"""SHA-256 of the bundled ``resources/data/manifest.json``: written by ``make dataset``."""

BUNDLED_MANIFEST_SHA256 = "f0f509675ad0d672e24c6efaa9348dd0388f462a243cf88a4c1875b39fb406c4"
