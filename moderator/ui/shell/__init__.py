"""The window and what frames the tabs: main window, workspace, notices, views across streams."""
