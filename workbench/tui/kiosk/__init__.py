"""The locked screens participants use on the shared laptop: the story booth and the
sounding-board ballot, both behind one lock (lock.Kiosk)."""
