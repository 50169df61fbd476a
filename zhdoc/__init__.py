"""zhdoc: Chinese articles (text dumps and PDFs) to structured tables.

The pure core. Nothing in this package imports Prefect.
"""

__version__ = "0.1.0"
SCHEMA_VERSION = "1.1.0"
#: recorded in each document's row and each run report
PIPELINE_VERSION = f"zhdoc {__version__} / schema {SCHEMA_VERSION}"
