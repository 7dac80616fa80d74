"""Widgets shared by every screen: the theme, buttons and labels, the touch keyboard, the PIN pad."""
