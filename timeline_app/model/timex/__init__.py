"""Arabic temporal expression tagger (pure Python, no Qt).

``tag(text, reference, prefer="past") -> list[Timex]`` finds the time expressions of an Arabic news text and
places them relative to ``reference`` (the publication date). Spans are offsets into the original text; values are
TimeML-style; placed expressions carry ``[start_date, end_date)``. The conventions are those of the dev corpus README
(``../shared/corpus/dev/README.md``): minimal spans (signals and clitics outside, head words and deictics inside),
parts of months as 10-day ranges with a mod, ISO weeks, Umm al-Qura Hijri conversion (hijridate), durations, sets
and vague references typed but not placed.

Modules:
- normalize.py   a normalised copy of the text (diacritics/tatweel/bidi removed, digits and letter variants
                 folded) with a map back to the original offsets;
- lexicon.py     month names of every family, Hijri months, weekdays, deictics, number and ordinal words, units;
- patterns.py    the regexes (compiled once at import);
- triggers.py    anchor words: each rule scans only the windows around the words that can start it;
- rules_date.py, rules_num.py, rules_time.py, rules_misc.py   the recognisers (one handler per regex);
- resolve.py     choosing the year/occurrence of a partial date (deictic, tense cue, preference, nearest);
- calendars.py   Gregorian/ISO-week/Hijri arithmetic;
- engine.py      the pipeline: collect candidates, keep the longest, merge day parts/clock times, anaphora.
"""
from .engine import tag

__all__ = ["tag"]
