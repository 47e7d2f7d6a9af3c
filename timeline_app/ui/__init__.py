"""The Qt layer."""
