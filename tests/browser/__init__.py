"""End-to-end tests of the built site in headless Chromium (marker: browser)."""
