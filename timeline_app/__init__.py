"""timeline_app: Arabic news timelines."""

__version__ = "0.1.0"
APP_NAME = "timeline-app"
APP_DISPLAY_NAME = "Timeline"
