"""Currencies: ISO 4217 code -> English name, symbols and the words news uses for them.

Fields: "name" (the unit name written in the table, lower case as the unit lexicon has
it), "symbols" (written before the amount, case-sensitive: "£", "US$"), "words" (names
written after the amount or before it, matched lower-case: "euros", "swedish kronor").
"PS" and "Y=" are how ASCII-folded news feeds (wire archives) write "£" and "¥"; "$US",
"$A" the Australian press's way of writing US and Australian dollars.  "&#163;", "&pound;"
and the like are HTML entities left in feeds scraped from web pages.
Historical currencies (markka, peseta, guilder, kuna) are kept: archives quote them.
SUBUNITS: coins a hundredth of a unit ("50 cents", "20p"); kept as their own unit with no
currency, since the table's value must stay the figure as written.
SHARED_NAMES: names that several currencies bear ("340 million francs": Swiss, French,
Belgian, CFA?); money in that unit, with no ISO code where the text names no country.
"""

CURRENCIES: dict[str, dict] = {
    "USD": {"name": "dollar", "symbols": ["US$", "U.S.$", "USD", "US $", "$US", "$", "&#36;"],
            "words": ["us dollars", "us dollar", "u.s. dollars", "american dollars",
                      "united states dollars", "dollars", "dollar", "bucks"]},
    "GBP": {"name": "pound sterling", "symbols": ["£", "GBP", "UK£", "PS", "&#163;", "&pound;"],
            "words": ["pounds sterling", "pound sterling", "british pounds", "pounds", "pound",
                      "sterling", "quid"]},
    "EUR": {"name": "euro", "symbols": ["€", "EUR", "EUR€", "&#8364;", "&euro;"], "words": ["euros", "euro"]},
    "JPY": {"name": "japanese yen", "symbols": ["¥", "JPY", "JP¥", "円", "Y=", "&#165;", "&yen;"],
            "words": ["japanese yen", "yen"]},
    "CNY": {"name": "chinese yuan", "symbols": ["CNY", "RMB", "CN¥", "元"],
            "words": ["chinese yuan", "yuan", "renminbi", "rmb"]},
    "AUD": {"name": "australian dollar", "symbols": ["A$", "AU$", "AUD", "$A", "$AU", "A $"],
            "words": ["australian dollars", "australian dollar", "aussie dollars"]},
    "CAD": {"name": "canadian dollar", "symbols": ["C$", "CA$", "Can$", "CAD", "$C", "C $"],
            "words": ["canadian dollars", "canadian dollar"]},
    "HKD": {"name": "hong kong dollar", "symbols": ["HK$", "HKD", "HK $", "$HK"],
            "words": ["hong kong dollars", "hong kong dollar"]},
    "NZD": {"name": "new zealand dollar", "symbols": ["NZ$", "NZD", "NZ $", "$NZ"],
            "words": ["new zealand dollars", "new zealand dollar"]},
    "SGD": {"name": "singapore dollar", "symbols": ["S$", "SG$", "SGD"],
            "words": ["singapore dollars", "singapore dollar"]},
    "TWD": {"name": "new taiwan dollar", "symbols": ["NT$", "TWD"],
            "words": ["new taiwan dollars", "taiwan dollars"]},
    "INR": {"name": "indian rupee", "symbols": ["₹", "Rs.", "Rs", "INR"],
            "words": ["indian rupees", "indian rupee", "rupees", "rupee"]},
    "PKR": {"name": "pakistani rupee", "symbols": ["PKR"],
            "words": ["pakistani rupees", "pakistani rupee"]},
    "LKR": {"name": "sri lankan rupee", "symbols": ["LKR"],
            "words": ["sri lankan rupees", "sri lankan rupee"]},
    "MYR": {"name": "malaysian ringgit", "symbols": ["RM", "MYR"],
            "words": ["malaysian ringgit", "ringgit"]},
    "ILS": {"name": "shekel", "symbols": ["₪", "NIS", "ILS"],
            "words": ["new israeli shekels", "israeli shekels", "shekels", "shekel"]},
    "CHF": {"name": "swiss franc", "symbols": ["CHF", "SFr"],
            "words": ["swiss francs", "swiss franc"]},
    "RUB": {"name": "russian ruble", "symbols": ["₽", "RUB"],
            "words": ["russian roubles", "russian rubles", "roubles", "rubles", "rouble",
                      "ruble"]},
    "DKK": {"name": "danish krone", "symbols": ["DKK"],
            "words": ["danish kroner", "danish krone", "danish crowns"]},
    "SEK": {"name": "swedish krona", "symbols": ["SEK"],
            "words": ["swedish kronor", "swedish krona", "swedish crowns", "kronor"]},
    "NOK": {"name": "norwegian krone", "symbols": ["NOK"],
            "words": ["norwegian kroner", "norwegian krone", "norwegian crowns"]},
    "KRW": {"name": "south korean won", "symbols": ["₩", "KRW"],
            "words": ["south korean won", "korean won", "won"]},
    "ZAR": {"name": "south african rand", "symbols": ["ZAR"],
            "words": ["south african rand", "rand"]},
    "BRL": {"name": "brazilian real", "symbols": ["R$", "BRL"],
            "words": ["brazilian reais", "brazilian real", "reais"]},
    "MXN": {"name": "mexican peso", "symbols": ["MX$", "MXN"],
            "words": ["mexican pesos", "mexican peso"]},
    "PHP": {"name": "philippine peso", "symbols": ["₱", "PHP"],
            "words": ["philippine pesos", "philippine peso"]},
    "NGN": {"name": "nigerian naira", "symbols": ["₦", "NGN"],
            "words": ["nigerian naira", "naira"]},
    "UAH": {"name": "ukrainian hryvnia", "symbols": ["₴", "UAH"],
            "words": ["ukrainian hryvnias", "ukrainian hryvnia", "hryvnias", "hryvnia"]},
    "TRY": {"name": "turkish lira", "symbols": ["₺", "TRY", "TL"],
            "words": ["turkish lira", "turkish liras"]},
    "THB": {"name": "thai baht", "symbols": ["฿", "THB"], "words": ["thai baht", "baht"]},
    "MGA": {"name": "malagasy ariary", "symbols": ["MGA"], "words": ["malagasy ariary", "ariary"]},
    # "CFA francs" alone: the central African franc, the same peg to the euro as the western
    "XAF": {"name": "central african cfa franc", "symbols": ["XAF", "FCFA"],
            "words": ["central african cfa francs", "cfa francs", "cfa franc"]},
    "XOF": {"name": "west african cfa franc", "symbols": ["XOF"],
            "words": ["west african cfa francs"]},
    "IDR": {"name": "indonesian rupiah", "symbols": ["Rp", "IDR"],
            "words": ["indonesian rupiah", "rupiah"]},
    "VND": {"name": "vietnamese dong", "symbols": ["₫", "VND"],
            "words": ["vietnamese dong", "dong"]},
    "EGP": {"name": "egyptian pound", "symbols": ["E£", "EGP"],
            "words": ["egyptian pounds", "egyptian pound"]},
    "SAR": {"name": "saudi riyal", "symbols": ["SAR"], "words": ["saudi riyals", "riyals"]},
    "AED": {"name": "uae dirham", "symbols": ["AED"], "words": ["dirhams", "dirham"]},
    "KES": {"name": "kenyan shilling", "symbols": ["KSh", "KES"],
            "words": ["kenyan shillings", "kenyan shilling"]},
    "PLN": {"name": "polish zloty", "symbols": ["zł", "PLN"],
            "words": ["polish zlotys", "polish zloty", "zlotys", "zloty"]},
    "HUF": {"name": "hungarian forint", "symbols": ["HUF"], "words": ["forints", "forint"]},
    "CZK": {"name": "czech koruna", "symbols": ["Kč", "CZK"], "words": ["czech koruna"]},
    "HRK": {"name": "croatian kuna", "symbols": ["HRK"],
            "words": ["croatian kuna", "croatian kunas", "kunas", "kuna"]},
    "ARS": {"name": "argentine peso", "symbols": ["ARS"],
            "words": ["argentine pesos", "argentinian pesos"]},
    "CLP": {"name": "chilean peso", "symbols": ["CLP"], "words": ["chilean pesos"]},
    "COP": {"name": "colombian peso", "symbols": ["COP"], "words": ["colombian pesos"]},
    "CRC": {"name": "costa rican colón", "symbols": ["₡", "CRC"],
            "words": ["costa rican colones", "costa rican colón", "costa rican colon", "colones",
                      "colón"]},
    "GEL": {"name": "georgian lari", "symbols": ["₾", "GEL"], "words": ["georgian lari", "lari"]},
    "LAK": {"name": "lao kip", "symbols": ["₭", "LAK"], "words": ["lao kip", "laotian kip"]},
    "BDT": {"name": "bangladeshi taka", "symbols": ["৳", "BDT"], "words": ["taka"]},
    "IRR": {"name": "iranian rial", "symbols": ["IRR"], "words": ["iranian rials", "rials"]},
    "BTC": {"name": "bitcoin", "symbols": ["₿", "BTC"], "words": ["bitcoins", "bitcoin"]},
    "FIM": {"name": "finnish markka", "symbols": ["FIM"],
            "words": ["finnish markka", "finnish markkas", "markka", "markkaa"]},
    "DEM": {"name": "mark", "symbols": ["DM", "DEM"],
            "words": ["deutsche marks", "deutsche mark", "german marks", "deutschmarks"]},
    "ESP": {"name": "peseta", "symbols": ["ESP", "Pts"], "words": ["pesetas", "peseta"]},
    "NLG": {"name": "netherlands guilder", "symbols": ["NLG", "Dfl"],
            "words": ["dutch guilders", "netherlands guilders", "guilders", "guilder"]},
    "FRF": {"name": "french franc", "symbols": ["FRF", "FF"], "words": ["french francs"]},
    "ITL": {"name": "italian lira", "symbols": ["ITL"], "words": ["italian lire", "lire"]},
}

# Codes also matched in lower case ("usd 20", "rmb 10") and with a dollar sign glued on
# ("usd$ 15", "Mex$ 10"); other codes are English words in lower case ("try", "cop").
CASELESS_CODES = {
    "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
    "AUD": "AUD", "CAD": "CAD", "NZD": "NZD", "HKD": "HKD", "CHF": "CHF", "INR": "INR",
    "MXN": "MXN", "MEX": "MXN", "SGD": "SGD", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK",
    "ZAR": "ZAR", "KRW": "KRW", "RUB": "RUB", "BRL": "BRL",
}

# Symbols written after the amount that are money only where money is spoken of near the
# figure (tracker.data.phrases.MONEY_CUES), and a unit otherwise: "the ticket cost me
# 150 kn" is Croatian kuna, "a top speed of 30 kn" knots.
CUED_SYMBOLS: dict[str, str] = {"kn": "HRK"}

# Coins: written after the amount (or glued: "20p", "50c").
SUBUNITS: dict[str, str] = {
    "cents": "cent", "cent": "cent", "¢": "cent", "pence": "penny", "penny": "penny",
    "p": "penny", "sen": "sen", "satoshis": "satoshi", "satoshi": "satoshi",
    "kopecks": "kopeck", "paise": "paisa",
}

# A coin and what one is worth in its currency's main unit ("300p" is £3), with its currency
# where it is of one only ("cent" is of several: its figure's currency, where the text names
# it, "40 euro cents").
COINS: dict[str, tuple[str, float]] = {"penny": ("GBP", 0.01), "cent": ("", 0.01)}


def coin(unit: str) -> tuple[str, float]:
    """The currency a unit's coin is of and what one is worth in its main unit, also in a
    rate ("penny per share"); ("", 1.0) for any other unit.

    >>> coin("penny per share"), coin("pound sterling")
    (('GBP', 0.01), ('', 1.0))
    """
    return COINS.get(str(unit).partition(" per ")[0], ("", 1.0))

# Bare names of currencies of several countries: word -> unit name.
SHARED_NAMES: dict[str, str] = {
    "francs": "franc", "franc": "franc", "pesos": "peso", "peso": "peso", "dinars": "dinar",
    "dinar": "dinar", "shillings": "shilling", "kroner": "krone", "krone": "krone",
    "lire": "lira", "lira": "lira", "rials": "rial", "rial": "rial",
}

# Derived lookups: never kept by hand a second time.
# Longest symbol first, so that "US$" wins over "$" and "HK$" over "$".
SYMBOLS: dict[str, str] = dict(sorted(
    ((s, code) for code, c in CURRENCIES.items() for s in c["symbols"]),
    key=lambda item: -len(item[0])))
WORDS: dict[str, str] = dict(sorted(
    ((w, code) for code, c in CURRENCIES.items() for w in c["words"]),
    key=lambda item: -len(item[0])))
NAMES: dict[str, str] = {code: c["name"] for code, c in CURRENCIES.items()}
# Symbols that are not letters ("€", "$", "₾"): these may also follow the amount ("15 €").
SIGNS: dict[str, str] = {s: code for s, code in SYMBOLS.items()
                         if not any(ch.isascii() and ch.isalpha() for ch in s)}
# Dollar prefixes in any case, with or without a space: "C$5", "c $ 12.7 million", "hk $ 10".
# Not "a" ("a $700m contract"): "A$" is matched as a symbol, in capitals only.
DOLLAR_PREFIXES: dict[str, str] = {
    "us": "USD", "u.s.": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "hk": "HKD",
    "nz": "NZD", "au": "AUD", "sg": "SGD", "nt": "TWD", "mx": "MXN", "mex": "MXN",
}
