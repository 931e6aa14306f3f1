# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind16_en.jsonl: a sixteenth blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a commodity wire on a saffron price
spike after a frost (interpreters, a state news agency), a local paper on a truck wedged in a
covered bridge (straight quotes, a sign and a festival name), a Guardian-style story on a library
book returned 63 years late, a tech site on an e-bike firmware update that stranded riders, a
racing paper on a stewards' inquiry and a jockey's ban, a Politico-style piece on a census
language question (anonymous officials, a letter), a CBC-style story on an Arctic sealift ship
that will not arrive, and a Scottish business page on heirs split over a distillery sale
(British single quotes, a multi-paragraph quote). Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind16_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind16-en01",
    "en",
    """Saffron Hits Record as Frost Wipes Out Harvest in Dastmir’s Kharazi Valley

By Lena Marsh and Farid Osmani
November 21, 2026 at 9:14 AM UTC
Updated on November 21, 2026 at 11:02 AM UTC

Saffron prices jumped to a record this week after an early frost destroyed much of the crop in Dastmir’s Kharazi valley, which supplies about a third of the world’s spice, traders and growers said.

Wholesale prices for top-grade threads climbed to $9,400 a kilogram in Rotterdam on Thursday, up 41% in a month, according to data compiled by spice broker Haldane & Voss.

“We have never seen anything like this, not even in 2009,” said Piet Haldane, the firm’s managing partner. “Buyers are calling me at midnight asking what I can find. The honest answer is: not much.”

Growers in Kharazi said temperatures fell to minus 6C on the night of Oct. 30, just as the crocus flowers were due to open. Ardeshir Kamali, who farms four hectares near the town of Sefidan, said he had picked less than a fifth of last year’s harvest. “The flowers came up black,” Kamali, 58, said by phone through an interpreter. “My sons went out with baskets and came back with nothing.”

Dastmir’s agriculture ministry estimated in a statement that national output would fall to about 140 tons from 310 tons last season, calling the frost “the worst agricultural shock in a generation.”

Read more: Vanilla Growers Turn to Drones as Theft Spreads Across Plantations

The shortfall is rippling through kitchens and factories far from the valley. Margit Sørlie, head of purchasing at Nordic confectioner Kransen, said the company had enough saffron for its winter buns through December, but not beyond. “After that we are in the market like everybody else, and the market is empty,” she told Bloomberg News.

Some traders fear adulteration. One London-based importer, who asked not to be identified because he was discussing clients, said he had already rejected two consignments that tested positive for dyed safflower. “When the price doubles, the fakes triple,” he said.

Prices could ease only if growers in Vellora and Qasimabad, smaller producers, step up planting, according to Haldane & Voss. That seems unlikely before 2028, said Nadia Ferrant, an agricultural economist at the University of Corvenne, because saffron corms take two to three seasons to reach full yield.

“People think of saffron as a luxury, and it is,” Ferrant said. “But for about 90,000 families in Kharazi it is the rent, the school fees, the dowry. This frost is a social event, not just a market event.”

The government in Beshavar has promised emergency loans. Deputy Agriculture Minister Javad Rostami told parliament on Wednesday that farmers would receive interest-free credit for two years. “No family will lose its land because of one night of frost,” he said, according to the state news agency DNA.

Kamali was not convinced. “They promised the same after the hail in 2021,” he said. “We are still waiting for that money.”

—With assistance from Tomas Reyes

Have a confidential tip for our reporters? Get in touch
Before it’s here, it’s on the Bloomberg Terminal. LEARN MORE""",
    [
        (
            "We have never seen anything like this, not even in 2009,",
            "Piet Haldane",
            "Piet Haldane",
            "said",
        ),
        (
            "Buyers are calling me at midnight asking what I can find. The honest answer is: not much.",
            "Piet Haldane",
            None,
            None,
        ),
        (
            "The flowers came up black,",
            "Ardeshir Kamali",
            ("Kamali, 58", "Kamali"),
            ("58, said", "said"),
        ),
        (
            "My sons went out with baskets and came back with nothing.",
            "Ardeshir Kamali",
            None,
            None,
        ),
        (
            "the worst agricultural shock in a generation.",
            "agriculture ministry",
            "agriculture ministry",
            "calling",
        ),
        (
            "After that we are in the market like everybody else, and the market is empty,",
            "Margit Sørlie",
            ("she told", "she"),
            "told",
        ),
        (
            "When the price doubles, the fakes triple,",
            "importer",
            ("” he said", "he"),
            ("” he said", "said"),
        ),
        (
            "People think of saffron as a luxury, and it is,",
            "Nadia Ferrant",
            "Ferrant",
            ("Ferrant said", "said"),
        ),
        (
            "But for about 90,000 families in Kharazi it is the rent, the school fees, the dowry. This frost is a social event, not just a market event.",
            "Nadia Ferrant",
            None,
            None,
        ),
        (
            "No family will lose its land because of one night of frost,",
            "Javad Rostami",
            ("” he said, according", "he"),
            ("” he said, according", "said"),
        ),
        (
            "They promised the same after the hail in 2021,",
            "Ardeshir Kamali",
            ("” he said", "he"),
            ("” he said", "said"),
        ),
        ("We are still waiting for that money.", "Ardeshir Kamali", None, None),
    ],
)

article(
    "blind16-en02",
    "en",
    """Box truck wedges under 1870s covered bridge; GPS blamed again

By Carol Ann Pruitt | Staff Writer
Posted Nov 20, 2026, 6:45 p.m. ET | Updated Nov 21, 2026, 8:10 a.m. ET

EAST MERRICK - For the third time in four years, a truck that was too tall for the Quillan Road covered bridge tried to drive through it anyway.

The box truck, a rental from a moving company, got stuck about 20 feet into the 1871 span at around 2:10 p.m. Wednesday, tearing off a section of roof trusses, according to the Merrick Fire Department. No one was hurt.

Fire Chief Dale Ostrowski said the driver, a 23-year-old from out of state, told firefighters he had been following directions on his phone. "He said the app told him to go straight, so he went straight," Ostrowski said. "There are three signs before that bridge. Three. One of them is bright yellow and flashes."

The driver was cited for operating an overheight vehicle on a restricted bridge, police said. His name was not released.

SHARE THIS: Facebook | X | Email | Print

Selectwoman Paula Venditti, who chairs the town's bridge committee, said she was "furious but not surprised."

"We've asked the state for a height bar at both ends since 2023," Venditti said Thursday. "Every time, we're told it's on a list. Well, the list just cost us a roof."

The bridge, one of 11 surviving covered spans in Calder County, is listed on the state historic register and is the centerpiece of the annual "Kissing Bridge Days" festival each June. Its last repair, after a hay wagon fire in 2019, cost $380,000, according to town records.

The state Department of Transportation said in an email that a "temporary height restriction device" had been "under design" since last spring and would be installed "as soon as weather allows."

RELATED: Calder County towns split over speed cameras

Timber framer Russell Akande, whose company restored the bridge after the fire, drove over Thursday morning to look at the damage. He said the trusses had split "like kindling" but that the original stone abutments seemed sound.

"She's 155 years old. She's survived floods, a fire and the blizzard of '78," Akande said. "She'll survive a moving truck. I'm just not sure the town budget will."

Residents have long made a joke of it. A hand-painted board outside Haskell's General Store, a hundred yards from the bridge, reads "Your GPS Is Lying" in red letters. Owner Bev Haskell said she watched Wednesday's truck go past. "I yelled at him. He waved," she said.

The bridge will remain closed to all traffic until state engineers inspect it, Ostrowski said. Drivers should detour via Route 9 and Hollis Lane.

Photo: A rental box truck sits wedged inside the Quillan Road covered bridge on Wednesday. (Courier photo/Jim Dyer)

Get the Courier's morning headlines in your inbox. Sign up here.""",
    [
        (
            "He said the app told him to go straight, so he went straight,",
            "Dale Ostrowski",
            ('straight," Ostrowski', "Ostrowski"),
            ('Ostrowski said. "There', "said"),
        ),
        (
            "There are three signs before that bridge. Three. One of them is bright yellow and flashes.",
            "Dale Ostrowski",
            None,
            None,
        ),
        (
            "furious but not surprised.",
            "Paula Venditti",
            "Paula Venditti",
            ("Venditti, who chairs the town's bridge committee, said", "said"),
        ),
        (
            "We've asked the state for a height bar at both ends since 2023,",
            "Paula Venditti",
            ("Venditti said Thursday", "Venditti"),
            ("Venditti said Thursday", "said"),
        ),
        (
            "Every time, we're told it's on a list. Well, the list just cost us a roof.",
            "Paula Venditti",
            None,
            None,
        ),
        (
            "temporary height restriction device",
            "Department of Transportation",
            "Department of Transportation",
            ("Transportation said", "said"),
        ),
        (
            "under design",
            "Department of Transportation",
            "Department of Transportation",
            ("Transportation said", "said"),
        ),
        (
            "as soon as weather allows.",
            "Department of Transportation",
            "Department of Transportation",
            ("Transportation said", "said"),
        ),
        (
            "like kindling",
            "Russell Akande",
            ("He said the trusses", "He"),
            ("He said the trusses", "said"),
        ),
        (
            "She's 155 years old. She's survived floods, a fire and the blizzard of '78,",
            "Russell Akande",
            ("Akande said", "Akande"),
            ("Akande said", "said"),
        ),
        (
            "She'll survive a moving truck. I'm just not sure the town budget will.",
            "Russell Akande",
            None,
            None,
        ),
        (
            "I yelled at him. He waved,",
            "Bev Haskell",
            ('" she said', "she"),
            ('" she said', "said"),
        ),
    ],
    ["Kissing Bridge Days", "Your GPS Is Lying"],
)

article(
    "blind16-en03",
    "en",
    """‘I was mortified’: man returns library book 63 years overdue

Retired surveyor, 79, found the bird guide in his late mother’s loft and took it back during a fines amnesty

Hannah Crewe
Fri 20 Nov 2026 14.31 GMT
Last modified on Fri 20 Nov 2026 16.05 GMT

A retired surveyor has returned a library book 63 years after it was due, handing it over with a handwritten apology and a £20 note during a fines amnesty in Pellingham.

Geoffrey Tallis, 79, borrowed Birds of the Northern Moors from Pellingham central library in March 1963, when he was 16 and “mad about curlews”, he said. The due date stamped inside the cover is 2 April 1963.

“I genuinely thought I’d given it back,” Tallis said. “Then my daughter was clearing my mother’s loft in the summer and there it was, in a biscuit tin with my school reports. I was mortified.”

Under the library’s rules in 1963, the fine would have been a penny a day, which staff calculated at roughly £96 in old money. Under the amnesty, which runs until 30 November, no fine is charged.

Geoffrey Tallis with the book at Pellingham central library. Photograph: Pellingham Libraries

The library’s manager, Priya Wadekar, said the book was in “remarkable condition” and would go on display in the foyer. “Honestly, it’s in better shape than some we lent out last month,” she said. “The pages are clean, the spine’s intact. Somebody looked after it.”

Tallis tucked a note inside the front cover. “Sorry – life got in the way,” he wrote on a compliments slip from his old firm.

The amnesty, billed as “Bring Them Home”, has so far recovered 1,412 items, the council said, including 37 DVDs and a sewing machine that had been borrowed from a now-closed tool library.

“Libraries are not a debt collection agency,” said Marcus Obi, the council’s cabinet member for culture. “We would rather have the books, and the people, back.”

Not everyone is convinced amnesties work. A spokesperson for the Society of Municipal Librarians said fines had “never been the real barrier” to borrowing, and that opening hours mattered more. The society has campaigned for years against cuts to branch staffing.

Wadekar said the oldest item previously returned in Pellingham was a knitting pattern from 1971, which came back in a parcel with no name on it.

Tallis, who now lives in Brackenmoor, has taken out a new library card. He said he planned to borrow the book again once it comes off display. “I’ll have it back by the due date this time,” he said, “I promise.”

Explore more on these topics
Libraries · Books · Local government
Share
Reuse this content""",
    [
        ("I was mortified", "Geoffrey Tallis", None, None),
        ("mad about curlews", "Geoffrey Tallis", ("”, he said", "he"), ("”, he said", "said")),
        (
            "I genuinely thought I’d given it back,",
            "Geoffrey Tallis",
            ("Tallis said", "Tallis"),
            ("Tallis said", "said"),
        ),
        (
            "Then my daughter was clearing my mother’s loft in the summer and there it was, in a biscuit tin with my school reports. I was mortified.",
            "Geoffrey Tallis",
            None,
            None,
        ),
        ("remarkable condition", "Priya Wadekar", "Priya Wadekar", ("Wadekar, said", "said")),
        (
            "Honestly, it’s in better shape than some we lent out last month,",
            "Priya Wadekar",
            ("” she said", "she"),
            ("” she said", "said"),
        ),
        (
            "The pages are clean, the spine’s intact. Somebody looked after it.",
            "Priya Wadekar",
            None,
            None,
        ),
        ("Sorry – life got in the way,", "Geoffrey Tallis", ("” he wrote", "he"), "wrote"),
        (
            "Libraries are not a debt collection agency,",
            "Marcus Obi",
            "Marcus Obi",
            ("said Marcus Obi", "said"),
        ),
        ("We would rather have the books, and the people, back.", "Marcus Obi", None, None),
        (
            "never been the real barrier",
            "Society of Municipal Librarians",
            "A spokesperson",
            ("Librarians said", "said"),
        ),
        (
            "I’ll have it back by the due date this time,",
            "Geoffrey Tallis",
            ("” he said, “I", "he"),
            ("” he said, “I", "said"),
        ),
        ("I promise.", "Geoffrey Tallis", ("” he said, “I", "he"), ("” he said, “I", "said")),
    ],
    ["Bring Them Home"],
)

article(
    "blind16-en04",
    "en",
    """Voltra’s e-bike update left riders stranded. The company says a fix is coming

A battery-management change misread older packs as faulty and cut the motors

By Dev Raghunathan, a senior reporter covering transportation and gadgets
Nov 22, 2026, 3:12 PM UTC
214 Comments / 214 New

Owners of Voltra City e-bikes say a firmware update pushed overnight on Tuesday locked their motors, leaving some stranded mid-commute and others unable to unlock their bikes at all.

Voltra, a startup based in Lindhaven, confirmed the problem on its community forum on Wednesday. On Reddit, owners posted dozens of photos of error code E-47 on their handlebar displays.

“It just died on the bridge. The display said ‘update complete’ and then the motor cut out,” said Lauren Bickford, a nurse in Porthaven who rides 14 miles to work. “I pushed a 60-pound bike uphill in scrubs.”

The company’s chief technology officer, Sven Aaltonen, told The Verge the update contained a battery-management change that misread some older packs as faulty. “That’s on us. We tested it on the current battery, and we should have tested it on every battery we ever shipped,” Aaltonen said in a video call. He said a patch would roll out “within 72 hours” through the app.

Related: The right-to-repair fight is coming for your e-bike

Voltra sells the City model for $2,890 and says it has shipped about 40,000 worldwide. It would not say how many bikes were affected. “We will not put a number on it until we are confident in the number,” a spokesperson said.

Right-to-repair advocates said the episode showed how much control manufacturers keep over hardware that customers own. “You bought a bicycle. The company still has the keys,” said Odile Marchetti, policy director at the Repair Commons Project, a nonprofit. “If a firmware push can brick it, then it isn’t fully yours.”

Some owners found a workaround: holding the power button for 30 seconds forces a rollback to the previous version. Voltra warned against it. In its forum post, titled “Known issue: E-47 after v3.8.1,” the company said the trick could “corrupt the battery log” and void the warranty.

Bickford, for one, isn’t waiting. She said she has already rolled back her bike. “Void it, then,” she said. “I need to get to work.”

Another owner, Tomasz Wrona of Kessby, said he had been offered a loaner bike and a $150 credit. “Honestly, they’ve been decent about it,” the 41-year-old said. “I’d still like to know why nobody caught it.”

Update, Nov 22, 5:40 PM UTC: Voltra says patch v3.8.2 is now rolling out to all affected bikes. “Riders should see it by tomorrow morning,” said the company.

Most Popular
Sign up for the Verge Deals newsletter""",
    [
        (
            "It just died on the bridge. The display said ‘update complete’ and then the motor cut out,",
            "Lauren Bickford",
            "Lauren Bickford",
            ("said Lauren Bickford", "said"),
        ),
        ("I pushed a 60-pound bike uphill in scrubs.", "Lauren Bickford", None, None),
        (
            "That’s on us. We tested it on the current battery, and we should have tested it on every battery we ever shipped,",
            "Sven Aaltonen",
            ("Aaltonen said", "Aaltonen"),
            ("Aaltonen said", "said"),
        ),
        (
            "within 72 hours",
            "Sven Aaltonen",
            ("He said a patch", "He"),
            ("He said a patch", "said"),
        ),
        (
            "We will not put a number on it until we are confident in the number,",
            "Voltra",
            "a spokesperson",
            ("spokesperson said", "said"),
        ),
        (
            "You bought a bicycle. The company still has the keys,",
            "Odile Marchetti",
            "Odile Marchetti",
            ("said Odile", "said"),
        ),
        (
            "If a firmware push can brick it, then it isn’t fully yours.",
            "Odile Marchetti",
            None,
            None,
        ),
        (
            "corrupt the battery log",
            "Voltra",
            ("the company said the trick", "the company"),
            ("company said the trick", "said"),
        ),
        ("Void it, then,", "Lauren Bickford", ("” she said", "she"), ("” she said", "said")),
        ("I need to get to work.", "Lauren Bickford", None, None),
        (
            "Honestly, they’ve been decent about it,",
            "Tomasz Wrona",
            "the 41-year-old",
            ("41-year-old said", "said"),
        ),
        ("I’d still like to know why nobody caught it.", "Tomasz Wrona", None, None),
        (
            "Riders should see it by tomorrow morning,",
            "Voltra",
            ("said the company", "the company"),
            ("said the company", "said"),
        ),
    ],
    ["Known issue: E-47 after v3.8.1"],
)

article(
    "blind16-en05",
    "en",
    """Kinsella banned for 21 days over Dunmara ride at Carrowmore

Trainer Edmund Pryce fined €3,000 and vows to appeal

By Niamh Gorman, Ireland correspondent
UPDATED 7:52PM, NOV 21 2026

Jockey Cathal Kinsella has been suspended for 21 days and trainer Edmund Pryce fined €3,000 after stewards at Carrowmore ruled that Dunmara had not been ridden “on its merits” in a maiden hurdle on Thursday.

Dunmara, a 7-2 shot, was held up at the rear, made eye-catching late progress and finished fifth, beaten just under four lengths. The four-year-old was also banned from racing for 42 days.

In their report, the stewards said they were “not satisfied” with Kinsella’s explanation that the horse had “hung badly” on the final bend and could not be asked for an effort any sooner.

Pryce, who saddled 41 winners last season, said he would appeal. “I’m flabbergasted. The horse has a breathing issue that we’ve documented with two vets, and it’s all in the file,” he told the Racing Post at his yard in Ballykeel on Friday. “To say we weren’t trying is an insult to the lads who look after him every day.”

Asked whether he had instructed Kinsella to ride a waiting race, Pryce said: “I told him to drop in and get him relaxed. That’s what I say to every jockey on every horse. If that’s a crime, half the weighroom is guilty.”

Kinsella, 24, did not speak to reporters, but his agent, Declan Furlong, said the jockey was “devastated”. “Cathal rode the horse the way it needed to be ridden. Anyone who watches the head-on will see it hanging left,” Furlong added.

Read more: Carrowmore to stage first Sunday fixture in March

The ban rules Kinsella out of the Kilbarron Christmas meeting, where he had been booked for at least six rides. Dunmara’s intended next target, the “Winter Novice Series” final in January, is now out of reach.

Orla Duggan, chief executive of the Racing Integrity Board, said the sport owed punters transparency. “If you bet on a horse, you are entitled to see it given every chance to win,” she said, stressing that she was speaking generally and not about the case. “That is the whole contract between racing and the public.”

The board said later that the stewards’ full reasons would be published on its website “in the coming days”.

The ruling was greeted with scepticism in the weighroom. One senior rider, who did not wish to be named, said: “Every season they pick one ride to make an example of. This year it’s Cathal.”

Pryce said the appeal would be lodged by Tuesday. “We’ll bring the vets, we’ll bring the scope videos, we’ll bring whatever they want,” he said.

The appeal is expected to be heard before Christmas. Dunmara was unavailable for comment, one stable lad joked.

Sign up for our free Racing Post Morning Tip newsletter
Bet responsibly. 18+ only.""",
    [
        ("on its merits", "stewards", "stewards", "ruled"),
        ("not satisfied", "stewards", ("the stewards said", "stewards"), ("stewards said", "said")),
        ("hung badly", "Cathal Kinsella", ("Kinsella’s explanation", "Kinsella"), None),
        (
            "I’m flabbergasted. The horse has a breathing issue that we’ve documented with two vets, and it’s all in the file,",
            "Edmund Pryce",
            ("he told the Racing Post", "he"),
            ("he told the Racing Post", "told"),
        ),
        (
            "To say we weren’t trying is an insult to the lads who look after him every day.",
            "Edmund Pryce",
            None,
            None,
        ),
        (
            "I told him to drop in and get him relaxed. That’s what I say to every jockey on every horse. If that’s a crime, half the weighroom is guilty.",
            "Edmund Pryce",
            ("Pryce said:", "Pryce"),
            ("Pryce said:", "said"),
        ),
        ("devastated", "Declan Furlong", "Declan Furlong", ("Declan Furlong, said", "said")),
        (
            "Cathal rode the horse the way it needed to be ridden. Anyone who watches the head-on will see it hanging left,",
            "Declan Furlong",
            ("Furlong added", "Furlong"),
            "added",
        ),
        (
            "If you bet on a horse, you are entitled to see it given every chance to win,",
            "Orla Duggan",
            ("” she said", "she"),
            ("” she said", "said"),
        ),
        ("That is the whole contract between racing and the public.", "Orla Duggan", None, None),
        ("in the coming days", "Racing Integrity Board", "The board", ("board said", "said")),
        (
            "Every season they pick one ride to make an example of. This year it’s Cathal.",
            "rider",
            "One senior rider",
            ("named, said", "said"),
        ),
        (
            "We’ll bring the vets, we’ll bring the scope videos, we’ll bring whatever they want,",
            "Edmund Pryce",
            ("” he said", "he"),
            ("” he said", "said"),
        ),
    ],
    ["Winter Novice Series"],
)

article(
    "blind16-en06",
    "en",
    """Lovrania’s census fight: Who counts as a Seltic speaker?

A single-answer language question has the minority party walking out and Brussels asking questions.

By Maren Vogt
November 22, 2026 4:05 am CET
Press play to listen to this article
Voiced by artificial intelligence.

VELDRA — A single line on a government form has turned into the most bitter argument in Lovranian politics this autumn.

The national statistics office, Statlov, wants the 2027 census to ask residents which language they mostly use at home, with only one answer allowed. Representatives of the country’s Seltic-speaking minority, about 11 percent of the population at the last count, say the change would wipe bilingual families off the statistical map.

“If my children speak Seltic with their grandmother and Lovranian at school, which box do they tick? Neither answer is true on its own,” said Ilse Karvonen, a member of parliament for the Seltic People’s Alliance, who led a walkout from the parliamentary statistics committee on Tuesday.

Statlov’s director general, Anton Brisk, defended the design. A multiple-answer question produced “unusable” data in the 2017 census, he said in a written reply to POLITICO, with more than 30 language combinations recorded in some districts.

“The census is not a referendum on identity. It is a measurement tool, and a measurement tool must give comparable results over time,” Brisk wrote.

Sign up for POLITICO Europe’s Morning Central Europe newsletter.

The stakes are not only symbolic. Under a 1996 law, municipalities where more than 20 percent of residents speak a minority language must offer bilingual signs and services. Two senior officials in the interior ministry told POLITICO that internal estimates suggested between 14 and 19 municipalities could fall below the threshold under the new question.

“Nobody designed it for that purpose, but nobody is blind to the effect either,” one of them said, speaking on condition of anonymity because they were not authorized to discuss the estimates.

An interior ministry spokesperson said the estimates were “preliminary and speculative.”

Prime Minister Harald Leskinen has so far stayed out of the row. Asked about it at a press conference in Veldra on Thursday, he said only that the census was “a technical matter for technical people.” Karvonen called that answer “a shrug dressed up as neutrality.”

The European Commission, which co-funds the census through its statistics program, is watching. According to an EU official familiar with the discussions, Brussels has asked Veldra for “clarification on comparability with previous rounds.”

In a letter dated Nov. 18 and seen by POLITICO, the chair of the Committee on Regional Languages, Birgit Ahlqvist, wrote that a single-answer question “risks producing a systematic undercount” and urged Statlov to “consult, not merely inform” minority organizations.

The parliamentary committee will vote on the questionnaire on Dec. 3. The Seltic People’s Alliance has already printed posters reading “Count Us Twice” for a rally outside parliament that day.

“We are not asking for privileges,” Karvonen said. “We are asking to be counted as we are.”

This article has been updated.""",
    [
        (
            "If my children speak Seltic with their grandmother and Lovranian at school, which box do they tick? Neither answer is true on its own,",
            "Ilse Karvonen",
            "Ilse Karvonen",
            ("said Ilse", "said"),
        ),
        (
            "unusable",
            "Anton Brisk",
            ("he said in a written", "he"),
            ("he said in a written", "said"),
        ),
        (
            "The census is not a referendum on identity. It is a measurement tool, and a measurement tool must give comparable results over time,",
            "Anton Brisk",
            ("Brisk wrote", "Brisk"),
            "wrote",
        ),
        (
            "Nobody designed it for that purpose, but nobody is blind to the effect either,",
            "official",
            "one of them",
            ("one of them said", "said"),
        ),
        (
            "preliminary and speculative.",
            "interior ministry",
            "spokesperson",
            ("spokesperson said", "said"),
        ),
        (
            "a technical matter for technical people.",
            "Harald Leskinen",
            ("he said only", "he"),
            ("he said only", "said"),
        ),
        (
            "a shrug dressed up as neutrality.",
            "Ilse Karvonen",
            ("Karvonen called", "Karvonen"),
            "called",
        ),
        (
            "clarification on comparability with previous rounds.",
            "official",
            "an EU official",
            "According to",
        ),
        ("risks producing a systematic undercount", "Birgit Ahlqvist", "Birgit Ahlqvist", "wrote"),
        ("consult, not merely inform", "Birgit Ahlqvist", "Birgit Ahlqvist", "urged"),
        (
            "We are not asking for privileges,",
            "Ilse Karvonen",
            ("Karvonen said", "Karvonen"),
            ("Karvonen said", "said"),
        ),
        ("We are asking to be counted as we are.", "Ilse Karvonen", None, None),
    ],
    ["Count Us Twice"],
)

article(
    "blind16-en07",
    "en",
    """Sealift delay leaves Tarrik Point short of lumber, trucks as freeze-up nears

Shipping company says vessel with engine trouble won't reach hamlet before the ice

CBC News · Posted: Nov 21, 2026 1:00 PM ET | Last Updated: 3 hours ago

The last sealift ship of the season won't make it to Tarrik Point this year, leaving the hamlet of about 900 people without the building materials, vehicles and dry goods it ordered last spring.

Northlane Marine said in a statement Thursday that its vessel, the MV Arnak Spirit, had suffered "a serious propulsion failure" in the Kessel Strait and was returning south for repairs.

"We understand the hardship this creates for the community and we deeply regret it," the statement said.

Mayor Elisapi Naqitarvik said the hamlet had been counting on the ship for lumber for six new housing units, a water truck and a replacement garbage truck.

"Our water truck is 22 years old. It broke down twice in October," Naqitarvik said. "If it goes again in February, at minus 40, people don't get water. That's not an inconvenience. That's an emergency."

Share on Facebook Share on X Share by Email

Residents also ordered personal goods on the ship: snowmobiles, furniture, a year's supply of canned food bought in bulk to save on air freight.

Jonas Pitseolak, 67, said through an interpreter that he had paid more than $6,000 for food and a new freezer. "I ordered in April like every year. Now they tell me maybe July," he said. "Flying it in costs three times as much. Who can pay that?"

The territory's minister of community services, Louisa Kaviok, told CBC News the government would cover air freight for "essential municipal equipment" and was in talks with a second carrier about a late run before the strait freezes.

"We are not going to leave Tarrik Point to sort this out alone," Kaviok said. "But I won't pretend we can fly a garbage truck in."

RELATED: Why the sealift season is getting shorter, and riskier

Northlane Marine has faced criticism before. In 2024, two of its vessels arrived weeks late in western communities. Company spokesperson Greg Holloway said the Arnak Spirit had passed a full inspection in June and that the failure was "unforeseeable."

Some in Tarrik Point are not so sure. "Every year it's a different excuse," said a hamlet councillor, who asked not to be named because council has not yet met on the issue.

Naqitarvik said council would hold an emergency meeting on Monday. Asked what residents should do in the meantime, she laughed.

"Fix what you can. Borrow what you can't," she said. "We've done it before."

With files from Kieran Ashby

Audience Relations, CBC P.O. Box 500 Station A Toronto, ON
Corrections and clarifications | Submit a news tip""",
    [
        (
            "a serious propulsion failure",
            "Northlane Marine",
            "Northlane Marine",
            ("Marine said in a statement", "said"),
        ),
        (
            "We understand the hardship this creates for the community and we deeply regret it,",
            "Northlane Marine",
            "the statement",
            ("the statement said", "said"),
        ),
        (
            "Our water truck is 22 years old. It broke down twice in October,",
            "Elisapi Naqitarvik",
            ('October," Naqitarvik', "Naqitarvik"),
            ('Naqitarvik said. "If', "said"),
        ),
        (
            "If it goes again in February, at minus 40, people don't get water. That's not an inconvenience. That's an emergency.",
            "Elisapi Naqitarvik",
            None,
            None,
        ),
        (
            "I ordered in April like every year. Now they tell me maybe July,",
            "Jonas Pitseolak",
            ('July," he said', "he"),
            ('July," he said', "said"),
        ),
        (
            "Flying it in costs three times as much. Who can pay that?",
            "Jonas Pitseolak",
            None,
            None,
        ),
        ("essential municipal equipment", "Louisa Kaviok", "Louisa Kaviok", "told"),
        (
            "We are not going to leave Tarrik Point to sort this out alone,",
            "Louisa Kaviok",
            ("Kaviok said", "Kaviok"),
            ("Kaviok said", "said"),
        ),
        ("But I won't pretend we can fly a garbage truck in.", "Louisa Kaviok", None, None),
        ("unforeseeable.", "Greg Holloway", "Greg Holloway", ("Holloway said", "said")),
        (
            "Every year it's a different excuse,",
            "councillor",
            "a hamlet councillor",
            ("said a hamlet", "said"),
        ),
        (
            "Fix what you can. Borrow what you can't,",
            "Elisapi Naqitarvik",
            ('" she said', "she"),
            ('" she said', "said"),
        ),
        ("We've done it before.", "Elisapi Naqitarvik", None, None),
    ],
)

article(
    "blind16-en08",
    "en",
    """Glenardoch heirs split over £140m distillery sale

By Fraser MacIver, Business Correspondent
Published: 08:30, 22 November 2026 | Updated: 10:15, 22 November 2026

A rift has opened in the family that has owned Glenardoch distillery for five generations, after two of the three heirs backed a £140 million offer from drinks group Castellane Spirits.

Catriona Munro-Baird, 46, who runs the distillery’s visitor centre, said she would ‘fight this sale with every legal tool I have’. Her brothers, Alasdair and Iain Munro-Baird, who together hold 62 per cent of the family trust, say the offer is the only way to fund a new still house.

Speaking to The Gazette at the distillery in the village of Kilnavar, she said: ‘My great-great-grandfather built this place with his hands. Castellane owns 40 brands. We would be number 41, a label on a shelf.

‘They talk about “investment”. What they mean is a bottling line in Glasgow and a car park here.

‘I’m not against change. I’m against selling the one thing in this glen that’s still ours.’

Alasdair Munro-Baird, the managing director, said his sister’s position was ‘emotional and understandable, but not a business plan’.

‘We need £35 million for the new still house and warehouses. The banks have told us, politely, that they won’t lend that to a single-site family firm,’ he said. ‘Castellane will spend it. They’ve put that in writing.’

Read more: Scotch exports slip for third quarter as US demand cools

Iain Munro-Baird did not respond to requests for comment.

Castellane Spirits said in a statement that it would keep production at Kilnavar and retain ‘all 58 current employees’. Its chief executive, Hélène Mercadier, called Glenardoch ‘a jewel of the Highlands’.

The distillery’s best-known bottling, the 18-year-old ‘Kilnavar Mist’, sells for around £120 and has won gold at the Lisbon spirits awards three years running.

Locals packed the village hall on Thursday night. Morag Sinclair, 52, who has worked in the bonded warehouses for 30 years, said the mood was ‘anxious, not angry’.

‘Everybody’s asking the same thing: will the jobs be here in ten years?’ she said. ‘Nobody can answer that.’

One industry analyst described the price, around 11 times earnings, as ‘full but not silly’ for a single-malt brand with a loyal export market.

Under the trust deed, a sale needs the support of holders of 75 per cent of the shares, meaning Catriona’s 38 per cent could block it.

‘She has the blocking vote and she knows it,’ said a person familiar with the trust. ‘The question is whether her brothers can find another route.’

Comments are subject to our community guidelines.
Share or comment on this article""",
    [
        (
            "fight this sale with every legal tool I have",
            "Catriona Munro-Baird",
            "Catriona Munro-Baird",
            ("46, who runs the distillery’s visitor centre, said", "said"),
        ),
        (
            "My great-great-grandfather built this place with his hands. Castellane owns 40 brands. We would be number 41, a label on a shelf.",
            "Catriona Munro-Baird",
            ("she said:", "she"),
            ("she said:", "said"),
        ),
        (
            "They talk about “investment”. What they mean is a bottling line in Glasgow and a car park here.",
            "Catriona Munro-Baird",
            ("she said:", "she"),
            ("she said:", "said"),
        ),
        (
            "I’m not against change. I’m against selling the one thing in this glen that’s still ours.",
            "Catriona Munro-Baird",
            ("she said:", "she"),
            ("she said:", "said"),
        ),
        (
            "emotional and understandable, but not a business plan",
            "Alasdair Munro-Baird",
            ("Alasdair Munro-Baird, the managing director", "Alasdair Munro-Baird"),
            ("director, said", "said"),
        ),
        (
            "We need £35 million for the new still house and warehouses. The banks have told us, politely, that they won’t lend that to a single-site family firm,",
            "Alasdair Munro-Baird",
            ("’ he said", "he"),
            ("’ he said", "said"),
        ),
        (
            "Castellane will spend it. They’ve put that in writing.",
            "Alasdair Munro-Baird",
            None,
            None,
        ),
        (
            "all 58 current employees",
            "Castellane Spirits",
            ("Castellane Spirits said", "Castellane Spirits"),
            ("Spirits said", "said"),
        ),
        ("a jewel of the Highlands", "Hélène Mercadier", "Hélène Mercadier", "called"),
        ("anxious, not angry", "Morag Sinclair", "Morag Sinclair", ("30 years, said", "said")),
        (
            "Everybody’s asking the same thing: will the jobs be here in ten years?",
            "Morag Sinclair",
            ("’ she said", "she"),
            ("’ she said", "said"),
        ),
        ("Nobody can answer that.", "Morag Sinclair", None, None),
        ("full but not silly", "analyst", "One industry analyst", "described"),
        (
            "She has the blocking vote and she knows it,",
            "person",
            "a person familiar with the trust",
            ("said a person", "said"),
        ),
        ("The question is whether her brothers can find another route.", "person", None, None),
    ],
    ["Kilnavar Mist"],
)

if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind16_en.jsonl"), WORDS_RANGE)
