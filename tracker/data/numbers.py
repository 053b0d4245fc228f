"""Number words and scale words.

WORDS: a spelled-out number -> its value.  SCALES: a multiplier word or abbreviation,
as written after a number ("2.26bn", "5 million", "Rs 16,189 crore") -> the factor.
Scale abbreviations that are also ordinary words or units ("m" for metre, "k" for
kelvin) are only read as scales where CASE_SENSITIVE_SCALES says, and only after a
currency or when glued to the number ("$800m", "15k").
FRACTIONS: words that stand for a fraction of a whole ("half", "a third of").
VAGUE: vague amounts kept as lower bounds, with the conservative value a reader may
count on ("dozens" is at least 12, a dozen); qualifier at_least.
"""

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Multipliers inside a spelled-out number ("two hundred", "twelve thousand").
MULTIPLIERS = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

DOZEN = {"dozen": 12}

# The words a number's decimals are read out in, after "point": "one point three", "two
# point oh five".
DIGIT_WORDS = {w: v for w, v in UNITS.items() if v < 10} | {"oh": 0}

SCALES = {
    "hundred": 1e2,
    "thousand": 1e3, "k": 1e3, "K": 1e3, "thou": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "M": 1e6, "mil": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "B": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "trn": 1e12, "tr": 1e12,
    "crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5,
}
# Scale words that may follow another scale word and multiply it: "3 hundred million",
# "half a million thousand"; Indian figures stack "crore" on "lakh" or "thousand": "Rs 1.5
# lakh crore" is 1.5 x 10^5 x 10^7 = 1.5 trillion rupees, "Rs 50 thousand crore" 5 x 10^11.
STACKED_SCALES = ("thousand", "million", "billion", "crore")
# Scale abbreviations that also name units ("5m" may be five metres): read as a scale only
# after a currency, or before a currency name ("5m euros"), never after a bare number.
AMBIGUOUS_SCALES = {"m", "M", "b", "B", "k", "K", "tr", "cr", "mil"}

FRACTIONS = {
    "half": 0.5, "a half": 0.5, "one half": 0.5,
    "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3,
    "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75, "three-quarters": 0.75,
    "a fifth": 0.2, "one fifth": 0.2, "quarter": 0.25,
    # hyphenated as often as not: "one-third of the world's oil"
    "one-half": 0.5, "one-third": 1 / 3, "one-quarter": 0.25, "one-fifth": 0.2,
    "two-fifths": 0.4, "three-fifths": 0.6, "four-fifths": 0.8, "two fifths": 0.4,
    "three fifths": 0.6, "four fifths": 0.8,
}
# the nouns of a part of a whole, singular: "a third of", "Three-quarters said", "half (56%)"
PART_NOUNS = {"half", "third", "quarter", "fifth", "tenth"}
# nouns of a part of those asked that name no size, which a figure set off after them
# restates: "A small number, 17%, said ...", "A majority, 55%, backed ..."
VAGUE_PART_NOUNS = {"majority", "minority", "number", "proportion", "fraction", "handful"}
# the smaller parts, each numerator with each denominator, spaced or hyphened: "one-sixth of
# the budget", "a tenth of", "three tenths", "five-eighths"
_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
               "seven": 7, "eight": 8, "nine": 9}
_PARTS = {"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "twelfth": 12,
          "twentieth": 20, "hundredth": 100, "thousandth": 1000}
FRACTIONS |= {f"{top}{join}{part}{'s' if n > 1 else ''}": n / d
              for top, n in _NUMERATORS.items() for part, d in _PARTS.items() if n < d
              for join in (" ", "-") if not (top == "a" and join == "-")}
# Of FRACTIONS, those that are a share with nothing after them: "nearly two thirds - 65% -
# said", "a two-thirds majority"; a lone "half" or "quarter" may be a manner or a period
# ("a half turn", "for three quarters"), so those need an "of" or a determiner after.
SHARE_FRACTIONS = {"two thirds", "two-thirds", "two fifths", "two-fifths", "three fifths",
                   "three-fifths", "four fifths", "four-fifths", "three-quarters",
                   "one-third", "one-quarter", "one-fifth"}  # "a one-fifth stake"
SHARE_FRACTIONS |= {w for w in FRACTIONS if "-" in w and w.split("-")[1].rstrip("s") in _PARTS}
# ordinal words that also make compounds with a noun: "first class", "second hand"
ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth"}
# Words before "quarter" that make it a period of the year, not a fraction ("third quarter").
QUARTER_ORDINALS = {"first", "second", "third", "fourth", "final", "last", "latest", "previous",
                    "current", "same", "next", "1st", "2nd", "3rd", "4th", "june", "march",
                    "september", "december", "calendar", "fiscal", "financial"}
# Words before "half" that make it a period or a side, not a fraction of an amount: "the
# first half of 2004", "the second half of the season", "the bottom half of the table".
HALF_POSITIONS = {"first", "second", "1st", "2nd", "latter", "final", "last", "bottom", "top",
                  "upper", "lower", "opposite"}

# Vague amount -> (low, high): the order of magnitude the word spans.  The claim's value
# is the low end (the conservative figure a reader may count on), qualifier at_least:
# "dozens" is 12 to 120 with value 12, "tens of thousands" 10,000 to 100,000.
VAGUE = {
    "dozens": (12, 120), "scores": (40, 200), "hundreds": (100, 1_000),
    "thousands": (1_000, 10_000), "tens of thousands": (10_000, 100_000),
    "hundreds of thousands": (100_000, 1_000_000), "millions": (1e6, 1e7),
    "tens of millions": (1e7, 1e8), "hundreds of millions": (1e8, 1e9),
    "billions": (1e9, 1e10), "tens of billions": (1e10, 1e11),
    "hundreds of billions": (1e11, 1e12), "trillions": (1e12, 1e13), "tens": (10, 100),
}
# the same written in digits: "10s of thousands", "100s of people"
VAGUE |= {key.replace("tens", "10s", 1).replace("hundreds", "100s", 1): span
          for key, span in VAGUE.items() if key.startswith(("tens", "hundreds"))}
# the same with the scale word left singular, as readers write it: "tens of thousand of
# civil servants"
VAGUE |= {key[:-1]: span for key, span in VAGUE.items() if " of " in key}
# Words before a scale word that make a vague amount of it: "several hundred" is read as
# "hundreds", "a few thousand" as "thousands", "several hundred thousand" as "hundreds of
# thousands": the scale is the low end, ten times it the high, qualifier at_least.
VAGUE_QUANTIFIERS = ("several", "a few", "many")
VAGUE_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
                "trillion": 1e12}
