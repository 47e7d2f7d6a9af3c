"""Run the timeline app: ``python main.py [FILES...] [--db PATH]``."""
import sys

from timeline_app.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
