"""A summary for IT over many exported reports and session files (``imsync-gui summarize``).

``facts`` turns one file into a few facts, ``tally`` adds facts up in constant memory,
``sources`` lists the files lazily, ``render`` writes the result as a table, CSV, JSON or HTML.
"""
