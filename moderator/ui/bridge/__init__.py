"""Between core and Qt: a stream's controller, the pipeline's Qt face, who acts on a message."""
