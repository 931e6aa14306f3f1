# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind36_en.jsonl: a thirty-sixth blind English quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions and cities aside).
Beats and outlets imitated: a regional museum selling its best-known painting to fix a leaking
roof (The Art Newspaper: a headline quote with no cue, a dek, a trustee's resignation letter, an
association with its initials in brackets, present-tense "says", an unnamed curator, a painting
title and a petition name in marks), an EU age-verification app under fire (Euractiv: a headline
scare quote with "insists", a Commission spokesperson at the midday briefing, a follow-on quote
with "added", a position paper, an anonymous EU diplomat, a newsletter pitch), a sports
federation's presidential election suspended over vote-buying claims (insidethegames: straight
marks, an ethics board's written decision, a role apposition as mention, a campaign slogan, an
anonymous executive board member, an inverted "asked Delorme-Vidal"), a car carrier owner taking a
Chinese yard to arbitration (TradeWinds: straight marks with straight apostrophes, inverted "said
Lid", a yard statement with "which it attributed to", an unnamed broker, an owner on background,
an analysts' note, "he replied"), cracked propeller hubs grounding turboprops (FlightGlobal: an
airworthiness office's directive, a follow-on paragraph with no cue, a person familiar with the
findings, a manufacturer's statement with a quote and no speech verb, a pilots' association with
its initials in brackets, photo credit), potato growers rejecting a processor's price cut
(Farmers Guardian: British curly single marks with curly apostrophes and inner double ones, a
headline quote, present-tense "says", a three-paragraph quote with a nested saying of a father,
a letter quoted through "citing", a leaflet slogan), an empty cholera vaccine stockpile (Health
Policy Watch: a press-briefing Q&A with uncued turns, a company's emailed statement, an official
not authorised to speak, a briefing paper title, an NGO "accused") and a snowplow contractor
sentenced for fraud (Bangor Daily News: straight marks, a judge referred to as "the judge", a
prosecutor's "in his words", a defendant's apology, a victim impact statement "she read" with a
nested straight single quote, a nickname in marks). Titles, slogans and nicknames in marks are
listed as non-quotes. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind36_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind36-en01",
    "en",
    """“We had no other option”: Bergen museum to sell prized harbour painting

The Vestland Kunstmuseum says a London auction will pay for a new roof. Critics call it a dangerous precedent

Martin Ashby
12 March 2026
Share

The Vestland Kunstmuseum in Bergen is to sell its best-known painting, Anders Lystad’s “Winter Harbour at Dusk” (1889), to pay for urgent repairs to a roof that has leaked into its galleries for three winters, the museum’s board announced on Tuesday.
The painting, which has hung in the museum’s main hall since 1911, is expected to fetch between NOK80m and NOK120m when it is offered at auction in London in June.
“We had no other option,” the museum’s director, Ingrid Solvang, told The Art Newspaper. “Water came through the ceiling of Gallery 4 in January, six metres from the Lystad. We moved forty works in one night. I am not willing to do that again.”
Solvang said the municipality had turned down three requests for emergency funding since 2023. “We asked, and we asked, and we asked again,” she said. “At some point, a director has to choose between one painting and the whole collection.”
The decision has divided the board. One trustee, the art historian Per Halvard Moen, resigned in protest last week. In his resignation letter, seen by The Art Newspaper, he described the sale as “a betrayal of the donors who trusted this institution” and warned that “once the first masterpiece goes, the second is only a budget meeting away”.
Winter Harbour at Dusk (1889) by Anders Lystad. Courtesy of Vestland Kunstmuseum
The Norwegian Museums Association (NMA) said in a statement that it was “deeply concerned”. “Collections are held in trust for the public. They are not a reserve account,” the association said, adding that it would review the museum’s membership.
Solvang rejects the comparison with museums that have sold works to cover running costs. “This is not about salaries or electricity. It is a one-off capital project, and every krone from the sale will go into the building,” she says.
Not everyone in Bergen is opposed. Kari Aasen, who chairs the city council’s culture committee, said the museum had been “left to rot by successive governments”, and that the council bore some of the blame. “I would rather see the Lystad in a museum in Oslo or Copenhagen than see it damaged by rainwater in Bergen,” she said.
A curator at the museum, who asked not to be named, said staff had learned of the decision from a press release. “Nobody asked us. We found out at the same time as the journalists,” the curator said. “Some of my colleagues have spent their careers on that painting.”
The museum will hold a public meeting on 20 March. A petition titled “Keep Lystad in Bergen” had gathered more than 9,000 signatures by Wednesday evening.
Read more
Dutch museum returns carved altarpiece to heirs after 12-year dispute""",
    [
        ("We had no other option", "Ingrid Solvang", None, None),
        ("We had no other option,", "Ingrid Solvang", "Ingrid Solvang", "told"),
        (
            "Water came through the ceiling of Gallery 4 in January, six metres from the Lystad. We moved forty works in one night. I am not willing to do that again.",
            "Ingrid Solvang",
            "Ingrid Solvang",
            "told",
        ),
        (
            "We asked, and we asked, and we asked again,",
            "Ingrid Solvang",
            ("she said", "she"),
            "said",
        ),
        (
            "At some point, a director has to choose between one painting and the whole collection.",
            "Ingrid Solvang",
            ("she said", "she"),
            "said",
        ),
        (
            "a betrayal of the donors who trusted this institution",
            "Per Halvard Moen",
            ("he described", "he"),
            "described",
        ),
        (
            "once the first masterpiece goes, the second is only a budget meeting away",
            "Per Halvard Moen",
            ("he described", "he"),
            "warned",
        ),
        (
            "deeply concerned",
            "Norwegian Museums Association",
            "The Norwegian Museums Association",
            ("(NMA) said", "said"),
        ),
        (
            "Collections are held in trust for the public. They are not a reserve account,",
            "Norwegian Museums Association",
            "the association",
            ("association said", "said"),
        ),
        (
            "This is not about salaries or electricity. It is a one-off capital project, and every krone from the sale will go into the building,",
            "Ingrid Solvang",
            ("she says", "she"),
            "says",
        ),
        ("left to rot by successive governments", "Kari Aasen", "Kari Aasen", "said"),
        (
            "I would rather see the Lystad in a museum in Oslo or Copenhagen than see it damaged by rainwater in Bergen,",
            "Kari Aasen",
            ("she said", "she"),
            "said",
        ),
        (
            "Nobody asked us. We found out at the same time as the journalists,",
            "curator",
            ("the curator said", "the curator"),
            ("the curator said", "said"),
        ),
        (
            "Some of my colleagues have spent their careers on that painting.",
            "curator",
            ("the curator said", "the curator"),
            ("the curator said", "said"),
        ),
    ],
    ["Winter Harbour at Dusk", "Keep Lystad in Bergen"],
)

article(
    "blind36-en02",
    "en",
    """Age checks online: Brussels insists its app is ‘not a digital ID’

By Chiara Benedetti | Euractiv
Feb 17, 2026 (updated: Feb 17, 2026)

The European Commission on Monday (16 February) defended its planned age-verification app against accusations from MEPs and privacy groups that it would open the door to mass identity checks online, as the pilot was extended to four more member states.
“This app does not know who you are. It only knows that you are over 18, and it forgets even that after the check,” Commission spokesperson Tomasz Grabowski told journalists at the midday briefing. “It is not a digital ID, and it will never become one.”
The tool, tested since last year in five countries, lets users prove their age to platforms without sharing a name or date of birth. Under the Commission’s draft guidelines, platforms that host pornography or gambling would have to accept it, or an equivalent, by early 2027.
Green MEP Katarina Vellinga, who co-chairs the Parliament’s working group on online child protection, was unconvinced. “Every system like this starts small and modest,” she told Euractiv. “Then, one crisis later, someone proposes to use it for social media, then for news comments, then for everything.”
“We have seen this film before,” Vellinga added.
Subscribe to Euractiv’s Tech newsletter
The Liberal MEP Jonas Pettersen took the opposite view, calling the app “the least bad option on the table”. Without it, he argued, platforms would rely on facial age estimation by private vendors, “which is far worse for privacy”.
Industry is split. Digital Commerce Europe, which represents online retailers and marketplaces, said in a position paper that a single EU tool would “avoid 27 different national systems” but warned against making it “de facto mandatory for every website with a login button”.
An EU diplomat, speaking on condition of anonymity, said several capitals were pushing for the app to be folded into national identity wallets “sooner rather than later”, which is precisely what critics fear. “Some ministers do not see the difference between age and identity, frankly,” the diplomat said.
The Commission rejects this. Asked whether the app could one day be merged into the wallets, Grabowski said the two projects were “technically and legally separate”. “There is no plan, and there is no hidden plan,” he said.
Privacy campaigners are not reassured. Open Rights Europe said the draft guidelines contained “too many ifs”. “The Commission asks us to trust a promise. We prefer to read a law,” said Lucie Marchetti, the group’s policy director.
The public consultation on the guidelines closes on 30 March. Member states will discuss the app at a telecoms council in June.
Read more: Member states split on social media ban for under-15s""",
    [
        ("not a digital ID", "European Commission", "Brussels", "insists"),
        (
            "This app does not know who you are. It only knows that you are over 18, and it forgets even that after the check,",
            "Tomasz Grabowski",
            "Tomasz Grabowski",
            "told",
        ),
        (
            "It is not a digital ID, and it will never become one.",
            "Tomasz Grabowski",
            "Tomasz Grabowski",
            "told",
        ),
        (
            "Every system like this starts small and modest,",
            "Katarina Vellinga",
            ("she told", "she"),
            "told",
        ),
        (
            "Then, one crisis later, someone proposes to use it for social media, then for news comments, then for everything.",
            "Katarina Vellinga",
            ("she told", "she"),
            "told",
        ),
        ("We have seen this film before,", "Katarina Vellinga", "Vellinga", "added"),
        ("the least bad option on the table", "Jonas Pettersen", "Jonas Pettersen", "calling"),
        ("which is far worse for privacy", "Jonas Pettersen", ("he argued", "he"), "argued"),
        (
            "avoid 27 different national systems",
            "Digital Commerce Europe",
            "Digital Commerce Europe",
            "said",
        ),
        (
            "de facto mandatory for every website with a login button",
            "Digital Commerce Europe",
            "Digital Commerce Europe",
            "warned",
        ),
        ("sooner rather than later", "diplomat", "An EU diplomat", "said"),
        (
            "Some ministers do not see the difference between age and identity, frankly,",
            "diplomat",
            ("the diplomat said", "the diplomat"),
            ("the diplomat said", "said"),
        ),
        ("technically and legally separate", "Tomasz Grabowski", "Grabowski", "said"),
        (
            "There is no plan, and there is no hidden plan,",
            "Tomasz Grabowski",
            ("he said", "he"),
            "said",
        ),
        ("too many ifs", "Open Rights Europe", "Open Rights Europe", "said"),
        (
            "The Commission asks us to trust a promise. We prefer to read a law,",
            "Lucie Marchetti",
            "Lucie Marchetti",
            "said",
        ),
    ],
)

article(
    "blind36-en03",
    "en",
    """World Fencing Confederation presidential election suspended as ethics probe opens

By Owen Mackridge
Thursday, 5 March 2026

The World Fencing Confederation (WFC) has suspended its presidential election, due in Lausanne later this month, after its independent Ethics Board opened an investigation into alleged vote-buying by one of the two candidates' camps.
The Ethics Board said in a short decision published on Wednesday evening that it had received "credible and detailed information" about offers of equipment grants to national federations in return for votes.
It did not name the candidate concerned. "Suspending the vote is a precautionary measure and implies no finding of wrongdoing by anyone," the board wrote.
Incumbent president Radu Ilieşcu, who is seeking a third term, said he welcomed the investigation. "I have nothing to hide, and neither does my team," the 68-year-old Romanian told insidethegames. "Let the Ethics Board work, and let the federations vote when it is done."
His challenger, the Nigerian former Olympian Adaeze Okonkwo-Bright, was more critical. She said the timing of the decision - three weeks before the Congress - was "very convenient for someone", without saying whom she meant.
"For two years I have asked for an independent audit of the development grants," she said. "Two years. Nobody listened. Now, suddenly, everyone is worried about integrity."
Sign up to our daily newsletter
Okonkwo-Bright's campaign, which runs under the slogan "One Federation, One Vote", has promised to publish the list of every grant awarded since 2018 if she is elected.
A member of the WFC Executive Board, speaking on condition of anonymity, said the body had been "blindsided". "We read about the suspension in the press release, like everybody else," he said. "That tells you how things work here."
The grants programme, worth around $4 million a year, was created in 2014 to help smaller federations buy electronic scoring equipment and blades. Critics have long said it is run from the president's office with little oversight.
Athletes, too, are losing patience. The chair of the WFC Athletes' Commission, French sabre fencer Margaux Delorme-Vidal, said athletes were "tired of reading about politics instead of fencing".
"We want a president, any president, chosen cleanly. Is that too much to ask?" asked Delorme-Vidal.
The Ethics Board said it expected to conclude its work "within eight weeks". A new date for the Congress will be set by the Executive Board.
Related: Boxing body confirms third venue change for world championships""",
    [
        ("credible and detailed information", "Ethics Board", "The Ethics Board", "said"),
        (
            "Suspending the vote is a precautionary measure and implies no finding of wrongdoing by anyone,",
            "Ethics Board",
            "the board",
            "wrote",
        ),
        (
            "I have nothing to hide, and neither does my team,",
            "Radu Ilieşcu",
            "the 68-year-old Romanian",
            "told",
        ),
        (
            "Let the Ethics Board work, and let the federations vote when it is done.",
            "Radu Ilieşcu",
            "the 68-year-old Romanian",
            "told",
        ),
        (
            "very convenient for someone",
            "Adaeze Okonkwo-Bright",
            ("She said the timing", "She"),
            ("She said the timing", "said"),
        ),
        (
            "For two years I have asked for an independent audit of the development grants,",
            "Adaeze Okonkwo-Bright",
            ("she said", "she"),
            "said",
        ),
        (
            "Two years. Nobody listened. Now, suddenly, everyone is worried about integrity.",
            "Adaeze Okonkwo-Bright",
            ("she said", "she"),
            "said",
        ),
        ("blindsided", "member", "A member of the WFC Executive Board", "said"),
        (
            "We read about the suspension in the press release, like everybody else,",
            "member",
            ("he said", "he"),
            "said",
        ),
        ("That tells you how things work here.", "member", ("he said", "he"), "said"),
        (
            "tired of reading about politics instead of fencing",
            "Margaux Delorme-Vidal",
            "Margaux Delorme-Vidal",
            "said",
        ),
        (
            "We want a president, any president, chosen cleanly. Is that too much to ask?",
            "Margaux Delorme-Vidal",
            "Delorme-Vidal",
            "asked",
        ),
        ("within eight weeks", "Ethics Board", "The Ethics Board", "said"),
    ],
    ["One Federation, One Vote"],
)

article(
    "blind36-en04",
    "en",
    """Brattvik Car Carriers takes Chinese yard to arbitration over late PCTC deliveries

Norwegian owner says the delays have already cost it a year of charter hire on the first two ships

By Silje Rønning in Oslo
Published 10 February 2026, 11:42 GMT

Norwegian car carrier owner Brattvik Car Carriers has started arbitration proceedings in London against Zhoushan Haixing Shipbuilding over delays to four 7,000-ceu pure car and truck carriers, the first of which was due in September.
Chief executive Torstein Lid told TradeWinds the shipowner had lost "a full season of charter income" on the first two vessels. "We were patient for a long time. We sent engineers, we accepted revised schedules, we accepted them again," said Lid. "Patience is not a business model."
The ships, ordered in 2023 at about $78m each, are fixed on delivery to a Japanese carmaker for seven years. Brattvik said the charterer had agreed to extend the delivery window once but would not do so again.
According to Lid, the yard blamed shortages of LNG fuel tanks and of skilled welders. "I understand their problems. I do not understand why we heard about them from a broker and not from the yard," he said.
Zhoushan Haixing said in a statement to TradeWinds that it "deeply regrets" the delays, which it attributed to "supply chain disruptions beyond the yard's control". The first vessel would be delivered "no later than the end of the second quarter", the yard said.
Read more
Car carrier rates slide as Chinese exports cool
Owners rush to fix PCTCs as newbuilding tonnage floods in
A shipbroker in Oslo who follows the sector said he was not surprised by the move. "Everyone built at the same time, the yards overbooked, and now the owners are fighting over slots," the broker said. "Brattvik will not be the last to go to arbitration."
Another owner with newbuildings at the yard, speaking on background, said the delays there were "worse than anything we were told at signing".
Analysts at Nordfjell Markets said in a note that the dispute underlined "the risk of ordering at second-tier yards in a hot market", and that Brattvik's balance sheet could absorb the lost income for "two quarters, perhaps three".
Lid did not rule out cancelling the last two vessels if there were further slippage. Asked whether that was a real option, he replied: "Read the contract. It is there for a reason."
Brattvik shares fell 3.1% in Oslo on Tuesday. The company has a fleet of 14 car carriers, most of them more than 15 years old, and had planned to sell two of its oldest ships for recycling once the newbuildings arrived.
That plan is now on hold, Lid said.""",
    [
        ("a full season of charter income", "Torstein Lid", "Torstein Lid", "told"),
        (
            "We were patient for a long time. We sent engineers, we accepted revised schedules, we accepted them again,",
            "Torstein Lid",
            ("said Lid", "Lid"),
            ("said Lid", "said"),
        ),
        (
            "Patience is not a business model.",
            "Torstein Lid",
            ("said Lid", "Lid"),
            ("said Lid", "said"),
        ),
        (
            "I understand their problems. I do not understand why we heard about them from a broker and not from the yard,",
            "Torstein Lid",
            ("he said", "he"),
            "said",
        ),
        (
            "deeply regrets",
            "Zhoushan Haixing Shipbuilding",
            ("Zhoushan Haixing said", "Zhoushan Haixing"),
            ("Zhoushan Haixing said", "said"),
        ),
        (
            "supply chain disruptions beyond the yard's control",
            "Zhoushan Haixing Shipbuilding",
            ("which it attributed", "it"),
            "attributed",
        ),
        (
            "no later than the end of the second quarter",
            "Zhoushan Haixing Shipbuilding",
            ("the yard said", "the yard"),
            ("the yard said", "said"),
        ),
        (
            "Everyone built at the same time, the yards overbooked, and now the owners are fighting over slots,",
            "shipbroker",
            ("the broker said", "the broker"),
            ("the broker said", "said"),
        ),
        (
            "Brattvik will not be the last to go to arbitration.",
            "shipbroker",
            ("the broker said", "the broker"),
            ("the broker said", "said"),
        ),
        (
            "worse than anything we were told at signing",
            "owner",
            "Another owner with newbuildings at the yard",
            ("speaking on background, said", "said"),
        ),
        (
            "the risk of ordering at second-tier yards in a hot market",
            "Nordfjell Markets",
            "Analysts at Nordfjell Markets",
            ("Nordfjell Markets said", "said"),
        ),
        (
            "two quarters, perhaps three",
            "Nordfjell Markets",
            "Analysts at Nordfjell Markets",
            ("Nordfjell Markets said", "said"),
        ),
        (
            "Read the contract. It is there for a reason.",
            "Torstein Lid",
            ("he replied", "he"),
            "replied",
        ),
    ],
)

article(
    "blind36-en05",
    "en",
    """Hub cracks ground Skerrywing turboprops after emergency directive

By Graham Tulloch
London
24 February 2026

Scottish regional carrier Skerrywing has grounded seven of its 12 Aurevia AV-70 turboprops after an emergency airworthiness directive ordered immediate inspections of propeller hubs built by Halden Propeller Systems.
The Pan-Nordic Airworthiness Office (PNAO), which certificates the propeller, said in the directive, issued late on 22 February, that cracking "has been found in the hub barrel of two propellers in service" and that an undetected crack "could result in blade separation and damage to the fuselage".
Operators must carry out an eddy-current inspection "before further flight" on any hub that has accumulated more than 9,000 flight hours since overhaul, the office added.
Skerrywing chief executive Morag Ferrie said the airline had begun inspections within hours. "Safety is not a line on a spreadsheet for us. The moment the directive landed, we stopped flying the affected aircraft," she said.
"We will get them back into the air as soon as the engineers are satisfied, and not one hour sooner."
Ferrie said the airline had wet-leased two aircraft from a Norwegian operator to keep lifeline routes to Orkney and Shetland running, but warned that cancellations on mainland routes would continue "at least until the weekend".
The cracks were discovered during a routine overhaul at a repair station in Poland, according to a person familiar with the findings. "One of them was long enough to see with a torch, frankly," the person said.
Halden, in a statement, said it was "working closely with the authorities and operators" and had shipped replacement hubs to "priority customers". It did not say how many hubs were affected worldwide.
An Aurevia AV-70 at Kirkwall airport. Alasdair Rennie/FlightGlobal
The Regional Pilots Association (RPA) said the problem should not have come as a surprise. Its chair, Captain Euan Baird, said pilots had filed vibration reports on the type "for well over a year".
"Crews wrote it up, engineers signed it off as within limits, and round it went again," Baird said. "I hope somebody now looks back through those tech logs."
Aurevia referred questions to Halden. Skerrywing said passengers on cancelled flights would be rebooked or refunded, and that it expected to publish an updated schedule on Wednesday.
The AV-70 entered service in 2009 and is flown by around 40 operators, mostly on short regional routes in Europe and Canada. About 210 of the type are in service with the affected propeller.
Related: Regional operators warn of engine overhaul bottleneck""",
    [
        (
            "has been found in the hub barrel of two propellers in service",
            "Pan-Nordic Airworthiness Office",
            "The Pan-Nordic Airworthiness Office",
            ("propeller, said", "said"),
        ),
        (
            "could result in blade separation and damage to the fuselage",
            "Pan-Nordic Airworthiness Office",
            "The Pan-Nordic Airworthiness Office",
            ("propeller, said", "said"),
        ),
        ("before further flight", "Pan-Nordic Airworthiness Office", "the office", "added"),
        (
            "Safety is not a line on a spreadsheet for us. The moment the directive landed, we stopped flying the affected aircraft,",
            "Morag Ferrie",
            ("she said", "she"),
            "said",
        ),
        (
            "We will get them back into the air as soon as the engineers are satisfied, and not one hour sooner.",
            "Morag Ferrie",
            None,
            None,
        ),
        ("at least until the weekend", "Morag Ferrie", "Ferrie", "warned"),
        (
            "One of them was long enough to see with a torch, frankly,",
            "person",
            ("the person said", "the person"),
            ("the person said", "said"),
        ),
        (
            "working closely with the authorities and operators",
            "Halden Propeller Systems",
            "Halden",
            "said",
        ),
        (
            "priority customers",
            "Halden Propeller Systems",
            ("Halden, in a statement", "Halden"),
            None,
        ),
        ("for well over a year", "Euan Baird", "Captain Euan Baird", "said"),
        (
            "Crews wrote it up, engineers signed it off as within limits, and round it went again,",
            "Euan Baird",
            "Baird",
            "said",
        ),
        ("I hope somebody now looks back through those tech logs.", "Euan Baird", "Baird", "said"),
    ],
)

article(
    "blind36-en06",
    "en",
    """‘We cannot grow at a loss’: potato growers reject processor’s price cut

Growers supplying one of the UK’s largest chip makers say a 12 per cent cut to contract prices will push some out of the crop altogether

By Rhiannon Pryce
Published: 19 January 2026

Potato growers supplying Fenmoor Foods have rejected a 12 per cent cut to 2026 contract prices, warning that many will reduce their acreage or stop growing for processing altogether.
Fenmoor, which makes frozen chips at its plants in Lincolnshire and Norfolk, wrote to about 180 contracted growers before Christmas, citing ‘sustained pressure from imported product and a softening retail market’.
Lincolnshire grower Tom Hebblewhite, who farms 320 hectares near Spalding, says the cut came on top of two years of rising costs.
‘Seed is up, fertiliser is up, storage costs are up because of electricity. And now they want to pay us less than in 2023,’ he says.
‘My father grew for them for 30 years. He always said, “Look after the buyer and the buyer looks after you.” I don’t think he would say that today.
‘We cannot grow at a loss. I will plant wheat on that ground if I have to, and I know five or six others who are thinking the same.’
The Fenland Potato Growers’ Group (FPGG), which represents about half of Fenmoor’s suppliers, has asked the company to reopen talks. Its chairman, Richard Aske, says the cut ‘ignores every cost a grower has faced in the last three years’.
‘Nobody is asking for a windfall. We are asking for a price that covers production,’ says Mr Aske. ‘If the acreage goes, it won’t come back quickly.’
Sign up to the Farmers Guardian arable newsletter
In a statement, Fenmoor Foods said it ‘values its long-standing relationships with British growers’ and remained ‘committed to UK sourcing’. A spokesman added: ‘The market has changed significantly and our contracts must reflect that. We remain open to dialogue.’
Agricultural economist Dr Helen Marsh, of Eastwold Agricultural College, says processors are caught between cheap imports from the Continent and retailers who will not accept higher shelf prices.
‘It is a squeeze from both ends, and growers are at the bottom of the pile,’ she says. ‘Processors can switch suppliers in a season. A grower who sells his harvester can’t switch back.’
The FPGG is due to meet Fenmoor on 3 February. Growers have been handing out leaflets reading ‘No Price, No Potatoes’ at regional meetings this month.
Tom Hebblewhite lifting potatoes near Spalding last autumn""",
    [
        ("We cannot grow at a loss", "Tom Hebblewhite", None, None),
        (
            "sustained pressure from imported product and a softening retail market",
            "Fenmoor Foods",
            ("Fenmoor, which makes", "Fenmoor"),
            "citing",
        ),
        (
            "Seed is up, fertiliser is up, storage costs are up because of electricity. And now they want to pay us less than in 2023,",
            "Tom Hebblewhite",
            ("he says", "he"),
            "says",
        ),
        (
            "My father grew for them for 30 years. He always said, “Look after the buyer and the buyer looks after you.” I don’t think he would say that today.",
            "Tom Hebblewhite",
            None,
            None,
        ),
        (
            "We cannot grow at a loss. I will plant wheat on that ground if I have to, and I know five or six others who are thinking the same.",
            "Tom Hebblewhite",
            None,
            None,
        ),
        (
            "ignores every cost a grower has faced in the last three years",
            "Richard Aske",
            "Richard Aske",
            "says",
        ),
        (
            "Nobody is asking for a windfall. We are asking for a price that covers production,",
            "Richard Aske",
            "Mr Aske",
            ("says Mr Aske", "says"),
        ),
        (
            "If the acreage goes, it won’t come back quickly.",
            "Richard Aske",
            "Mr Aske",
            ("says Mr Aske", "says"),
        ),
        (
            "values its long-standing relationships with British growers",
            "Fenmoor Foods",
            "Fenmoor Foods",
            "said",
        ),
        ("committed to UK sourcing", "Fenmoor Foods", "Fenmoor Foods", "said"),
        (
            "The market has changed significantly and our contracts must reflect that. We remain open to dialogue.",
            "Fenmoor Foods",
            "A spokesman",
            "added",
        ),
        (
            "It is a squeeze from both ends, and growers are at the bottom of the pile,",
            "Helen Marsh",
            ("she says", "she"),
            "says",
        ),
        (
            "Processors can switch suppliers in a season. A grower who sells his harvester can’t switch back.",
            "Helen Marsh",
            ("she says", "she"),
            "says",
        ),
    ],
    ["No Price, No Potatoes"],
)

article(
    "blind36-en07",
    "en",
    """Oral Cholera Vaccine Stockpile Runs Dry for Third Time This Year

Elena Moravec
11/09/2026

GENEVA – The global emergency stockpile of oral cholera vaccine was empty for nine days in October, the third time this year that countries battling outbreaks have been told to wait, the body that manages it said on Tuesday.
The Emergency Vaccine Reserve Board (EVRB) said it had received requests for 14.2 million doses from six countries since September but had only 5.1 million to allocate. “Every dose we have is already in a box on its way somewhere,” said Dr Kwabena Asante-Mensah, the board’s director, at a press briefing in Geneva.
Asante-Mensah said the board had moved to a single-dose strategy in 2022 to stretch supplies. “One dose instead of two was a compromise. It protects for a shorter time, but it protects more people. That was the right choice then, and it still is,” he said.
Journalists pressed him on whether the stockpile would be refilled before the rainy season in southern Africa.
“Will there be enough doses by December?” one reporter asked.
“No. I will not pretend otherwise.”
“Then what should countries do?”
“Water, sanitation, early treatment. The vaccine was never the whole answer,” Asante-Mensah replied.
Only one manufacturer, South Korea-based Hanbit Biologics, currently produces the vaccine at scale. The company said in an emailed statement that it had increased output by 20% this year and was “on track” to double capacity by 2028.
A health official in one of the affected countries, who was not authorised to speak to the press, said district teams had been forced to choose which villages to vaccinate. “We are drawing circles on a map and telling the people outside the circle to boil their water,” the official told Health Policy Watch. “It is a terrible conversation to have.”
The medical charity Doctors Across Borders called the shortage “entirely predictable”. In a briefing paper titled “Empty Shelves”, published last month, the group accused donors of “funding the response but not the supply”.
Dr Sunita Raghavan, a vaccine economist at the Basel Institute for Global Health, said a second large manufacturer would take years to come online. “Nobody builds a factory for a product that only sells during emergencies. That is the whole problem in one sentence,” she said.
The EVRB will present a five-year supply plan to its donors in December.
Related:
Measles Cases Double in the Americas as Funding Dries Up
Subscribe to our newsletter""",
    [
        (
            "Every dose we have is already in a box on its way somewhere,",
            "Kwabena Asante-Mensah",
            "Dr Kwabena Asante-Mensah",
            "said",
        ),
        (
            "One dose instead of two was a compromise. It protects for a shorter time, but it protects more people. That was the right choice then, and it still is,",
            "Kwabena Asante-Mensah",
            ("he said", "he"),
            "said",
        ),
        ("Will there be enough doses by December?", "reporter", "one reporter", "asked"),
        ("No. I will not pretend otherwise.", "Kwabena Asante-Mensah", None, None),
        ("Then what should countries do?", "reporter", None, None),
        (
            "Water, sanitation, early treatment. The vaccine was never the whole answer,",
            "Kwabena Asante-Mensah",
            "Asante-Mensah",
            "replied",
        ),
        ("on track", "Hanbit Biologics", "The company", "said"),
        (
            "We are drawing circles on a map and telling the people outside the circle to boil their water,",
            "official",
            ("the official told", "the official"),
            "told",
        ),
        (
            "It is a terrible conversation to have.",
            "official",
            ("the official told", "the official"),
            "told",
        ),
        (
            "entirely predictable",
            "Doctors Across Borders",
            "The medical charity Doctors Across Borders",
            "called",
        ),
        (
            "funding the response but not the supply",
            "Doctors Across Borders",
            "the group",
            "accused",
        ),
        (
            "Nobody builds a factory for a product that only sells during emergencies. That is the whole problem in one sentence,",
            "Sunita Raghavan",
            ("she said", "she"),
            "said",
        ),
    ],
    ["Empty Shelves"],
)

article(
    "blind36-en08",
    "en",
    """Plow contractor who billed 3 towns for storms that never came gets 18 months

By Nell Tibbetts, BDN Staff • February 26, 2026 4:12 pm
Updated February 26, 2026 6:30 pm

ELLSWORTH, Maine — A Dedham snowplow contractor who billed three small towns for plowing roads during storms that dropped little or no snow was sentenced Thursday to 18 months in prison, with all but six months suspended.
Wayne R. Pelletier, 54, pleaded guilty in November to three counts of theft by deception. Prosecutors said he overbilled Dedham, Otis and Great Pond by a combined $212,000 over four winters.
Justice Miriam Castonguay told Pelletier in Hancock County Superior Court that he had "treated the taxpayers of three towns like a bank account you didn't have to pay back."
"These are towns where people hold bean suppers to buy a new fire truck," the judge said. "Every dollar you took was a dollar someone else had to make up."
Assistant District Attorney Colin Redmond had asked for two years to serve. He told the court that some of Pelletier's invoices listed plowing runs on nights that were, in his words, "clear as a bell and twenty degrees."
Pelletier's attorney, Sarah Kimball-Ouellette, said her client had taken "full responsibility" and had already repaid $40,000. "He is not a criminal mastermind. He is a man who got behind on equipment loans and made some very bad choices," she said.
Pelletier, reading from a sheet of paper, apologized to the towns. "I let down people I grew up with," he said, his voice breaking. "I'm going to spend the rest of my life paying this back."
ADVERTISEMENT
Otis Town Manager Deb Hutchins read a victim impact statement on behalf of the three towns. "We trusted you because you were one of us," she read. "When the auditor called me, I told her, 'There has to be a mistake.' There was no mistake."
The fraud came to light in 2024 when an auditor for the town of Otis compared plowing invoices with the town's own storm logs. The three towns have since hired a joint contractor, and Otis now requires GPS tracking on all plow trucks under a policy residents have nicknamed "Plowgate rules."
Castonguay also ordered Pelletier to pay the remaining $172,000 in restitution. "You will pay it back," she said. "Every dollar of it."
Pelletier was taken into custody after the hearing.
Related: Maine towns struggle to find plow drivers as contractors retire
Sign up for our Hancock County newsletter""",
    [
        (
            "treated the taxpayers of three towns like a bank account you didn't have to pay back.",
            "Miriam Castonguay",
            "Justice Miriam Castonguay",
            "told",
        ),
        (
            "These are towns where people hold bean suppers to buy a new fire truck,",
            "Miriam Castonguay",
            "the judge",
            "said",
        ),
        (
            "Every dollar you took was a dollar someone else had to make up.",
            "Miriam Castonguay",
            "the judge",
            "said",
        ),
        (
            "clear as a bell and twenty degrees.",
            "Colin Redmond",
            ("He told the court", "He"),
            ("He told the court", "told"),
        ),
        ("full responsibility", "Sarah Kimball-Ouellette", "Sarah Kimball-Ouellette", "said"),
        (
            "He is not a criminal mastermind. He is a man who got behind on equipment loans and made some very bad choices,",
            "Sarah Kimball-Ouellette",
            ("she said", "she"),
            "said",
        ),
        (
            "I let down people I grew up with,",
            "Wayne R. Pelletier",
            ("he said, his", "he"),
            ("he said, his", "said"),
        ),
        (
            "I'm going to spend the rest of my life paying this back.",
            "Wayne R. Pelletier",
            ("he said, his", "he"),
            ("he said, his", "said"),
        ),
        ("We trusted you because you were one of us,", "Deb Hutchins", ("she read", "she"), "read"),
        (
            "When the auditor called me, I told her, 'There has to be a mistake.' There was no mistake.",
            "Deb Hutchins",
            ("she read", "she"),
            "read",
        ),
        ("You will pay it back,", "Miriam Castonguay", ("she said", "she"), "said"),
        ("Every dollar of it.", "Miriam Castonguay", ("she said", "she"), "said"),
    ],
    ["Plowgate rules"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind36_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
