# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind42_en.jsonl: a forty-second blind English quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions and cities aside).
Beats and outlets imitated: a village pharmacy closing (The Irish News, Belfast: a headline
partial quote with "say campaigners", "told The Irish News", a quote over two paragraphs, a
department named by its short form in a statement, an MLA, an unnamed pensioner, a campaign name
in marks), a wharf left unrepaired before lobster season (The Chronicle Herald, Halifax: straight
marks with nested single ones, an interrupted quote with "said Vance Boudreau, who has fished out
of the harbour for 31 years,", a federal department by its initials in an email, a harbour
authority, a wharf nickname in marks), a surf club clubhouse undermined by erosion (Newcastle
Herald: present-tense "says", Mr/Ms without points, an uncued follow-on paragraph, a council
report that "found", a sign and a report title in marks, a photo credit), a beach kiosk licence
revoked (Gibraltar Chronicle: "said:", a government press release, "the Minister", a petition,
an interrupted quote, a kiosk nickname in marks), a boda boda stage moved (Daily Monitor, Uganda:
straight marks, "said in Luganda", "revealed", a board with its initials in brackets, a police
spokesperson, an unnamed rider, a slogan in marks), divers culling sea urchins (Hakai Magazine:
present-tense "says", an interrupted quote, a paper's authors who "write", an agency's emailed
statement, a term and a paper title in marks, republication note), a GP practice handing back its
contract (Pulse: British single marks with nested double ones, "told Pulse", a letter to patients
that "said", an LMC by its initials, an ICB statement, a survey title in marks) and a speed limit
row on a Camp road (Penguin News, Falklands: "told Penguin News", an MLA by title, a letter to the
editor, "the Director", a Facebook group post, a road nickname in marks). Titles, names, terms,
nicknames, signs and slogans in marks are listed as non-quotes. Gold conventions are those of
build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind42_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind42-en01",
    "en",
    """Closure of Drumkeeran pharmacy will leave village ‘stranded’, say campaigners

Seanín Magill

14 March, 2026 01:00

RESIDENTS of a Co Fermanagh village have warned that older people will be left without access to medicines when its only pharmacy closes at the end of the month.
Lough Erne Pharmacy Group, which has run the chemist on Drumkeeran's Main Street since 2009, confirmed last week that the branch would shut on March 31, citing staffing shortages and falling dispensing fees.
The nearest alternative is in Irvinestown, a 14-mile round trip on a road with no regular bus service.
Bríd McCusker, who chairs the residents' association, said the news had come "like a bolt from the blue".
"We have people here in their eighties who don't drive and who collect prescriptions every week," she told The Irish News. "Some of them are on blood thinners. You can't just skip a week of those.
"We were told nothing until a notice went up in the window. Not a letter, not a phone call, nothing."
A campaign under the banner "Keep Our Chemist" has gathered more than 1,100 signatures in six days, in a village with a population of around 900.
A spokeswoman for Lough Erne Pharmacy Group said the decision had been "extremely difficult" and had been taken "only after every option to recruit a full-time pharmacist was exhausted".
"We have advertised the post continuously for 14 months," she said. "We cannot legally open without a pharmacist on the premises."
The Department of Health (DoH) said it was aware of the closure. In a statement, the department said it "recognises the impact on rural communities" and that its primary care directorate was "exploring interim arrangements, including delivery services".
Fermanagh and South Tyrone MLA Colm Devanny described the situation as "a symptom of a system that has been running on goodwill for a decade".
"Community pharmacies were told for years to do more with less," Mr Devanny said. "Now they are simply doing less, and it is rural people who pay for it."
One pensioner, who has lived in the village all her life and asked not to be named, said she would have to rely on a neighbour.
"I don't like asking. But what choice have I got?" the pensioner said.
Ms McCusker said campaigners would hand their petition to the department at Stormont next Thursday.
"We're not asking for a miracle," she added. "We're asking for a chemist."
:: A public meeting will be held in Drumkeeran Community Hall on Monday at 7.30pm.
Sign up to our newsletter
Share on Facebook Share on X Share via email""",
    [
        ("stranded", "campaigners", "campaigners", "say"),
        ("like a bolt from the blue", "Bríd McCusker", "Bríd McCusker", "said"),
        (
            "We have people here in their eighties who don't drive and who collect prescriptions every week,",
            "Bríd McCusker",
            ("she told", "she"),
            "told",
        ),
        (
            "Some of them are on blood thinners. You can't just skip a week of those.",
            "Bríd McCusker",
            ("she told", "she"),
            "told",
        ),
        (
            "We were told nothing until a notice went up in the window. Not a letter, not a phone call, nothing.",
            "Bríd McCusker",
            None,
            None,
        ),
        (
            "extremely difficult",
            "Lough Erne Pharmacy Group",
            "A spokeswoman for Lough Erne Pharmacy Group",
            "said",
        ),
        (
            "only after every option to recruit a full-time pharmacist was exhausted",
            "Lough Erne Pharmacy Group",
            "A spokeswoman for Lough Erne Pharmacy Group",
            "said",
        ),
        (
            "We have advertised the post continuously for 14 months,",
            "Lough Erne Pharmacy Group",
            ("she said", "she"),
            "said",
        ),
        (
            "We cannot legally open without a pharmacist on the premises.",
            "Lough Erne Pharmacy Group",
            ("she said", "she"),
            "said",
        ),
        (
            "recognises the impact on rural communities",
            "Department of Health",
            ("the department said", "the department"),
            ("the department said", "said"),
        ),
        (
            "exploring interim arrangements, including delivery services",
            "Department of Health",
            ("the department said", "the department"),
            ("the department said", "said"),
        ),
        (
            "a symptom of a system that has been running on goodwill for a decade",
            "Colm Devanny",
            "Colm Devanny",
            "described",
        ),
        (
            "Community pharmacies were told for years to do more with less,",
            "Colm Devanny",
            "Mr Devanny",
            "said",
        ),
        (
            "Now they are simply doing less, and it is rural people who pay for it.",
            "Colm Devanny",
            "Mr Devanny",
            "said",
        ),
        (
            "I don't like asking. But what choice have I got?",
            "pensioner",
            ("the pensioner said", "pensioner"),
            ("the pensioner said", "said"),
        ),
        ("We're not asking for a miracle,", "Bríd McCusker", ("she added", "she"), "added"),
        ("We're asking for a chemist.", "Bríd McCusker", ("she added", "she"), "added"),
    ],
    ["Keep Our Chemist"],
)

article(
    "blind42-en02",
    "en",
    """'It's held together with rope,' fishers say of crumbling wharf as lobster season nears

Kelsey MacPhail
Published Apr 02, 2026 • Last updated Apr 02, 2026 • 4 minute read

Join the conversation

PORT MALLARD, N.S. — The crack in the concrete at the end of the Port Mallard wharf is wide enough now that Vance Boudreau can slide his whole boot into it.
"Every winter it gets a bit worse, and every spring somebody from Ottawa comes down with a clipboard," said Vance Boudreau, who has fished out of the harbour for 31 years, "and then nothing happens until the next winter."
With dumping day for the southwestern Nova Scotia lobster fishery weeks away, Boudreau and about 40 other licence holders say they are not sure the structure will hold the weight of loaded trucks and bait totes through the season.
The outer section, known locally as "the Elbow," was closed to vehicles in January after an engineering inspection found that two of its timber cribs had shifted. Fishers have since been unloading by hand along the inner section, a process Boudreau called "slow, stupid and dangerous."
"You've got guys carrying 90-pound crates across a wet deck at four in the morning," he said. "Someone's going to go in the water."
The wharf is owned by Fisheries and Oceans Canada (DFO) through its small craft harbours program and managed by the volunteer Port Mallard Harbour Authority.
Harbour authority president Janine Comeau said the group had written to the department three times since 2024. In the most recent letter, she said, the authority warned that the wharf was "one bad storm away from being unusable."
"We're volunteers. We do the paperwork, we collect the fees, we put up the signs. What we can't do is rebuild a wharf," Comeau said.
In an emailed response to questions, DFO said repairs to Port Mallard were "a priority within the region" and that a contract for the outer section was "expected to be tendered later this year." The department did not say when work would begin.
A spokesperson added: "Until repairs are completed, the existing vehicle restrictions must be respected for the safety of all harbour users."
Local MP Andrea Surette said she had raised the wharf with the fisheries minister's office. "I've told them plainly: this is not a nice-to-have, it's the economy of the whole shore," she said.
For younger fishers who have borrowed heavily to buy licences and boats, the delay is a financial worry as much as a safety one. Deckhand Mason Doucet, 24, said his captain had joked about it.
"He says, 'If the wharf goes, we'll just tie up to the Tim Hortons,'" Doucet said. "Nobody's really laughing, though."
Boudreau said fishers would set traps on dumping day regardless.
"We don't have a choice. The lobster don't wait for a tender."
— with files from Shauna Lively

Trending
Halifax council approves new bus routes for Bedford West""",
    [
        (
            "It's held together with rope,",
            "fishers",
            ("fishers say", "fishers"),
            ("fishers say", "say"),
        ),
        (
            "Every winter it gets a bit worse, and every spring somebody from Ottawa comes down with a clipboard,",
            "Vance Boudreau",
            ("said Vance Boudreau", "Vance Boudreau"),
            ("said Vance Boudreau", "said"),
        ),
        (
            "and then nothing happens until the next winter.",
            "Vance Boudreau",
            ("said Vance Boudreau", "Vance Boudreau"),
            ("said Vance Boudreau", "said"),
        ),
        ("slow, stupid and dangerous.", "Vance Boudreau", "Boudreau", "called"),
        (
            "You've got guys carrying 90-pound crates across a wet deck at four in the morning,",
            "Vance Boudreau",
            ("he said", "he"),
            "said",
        ),
        ("Someone's going to go in the water.", "Vance Boudreau", ("he said", "he"), "said"),
        (
            "one bad storm away from being unusable.",
            "Port Mallard Harbour Authority",
            "the authority",
            "warned",
        ),
        (
            "We're volunteers. We do the paperwork, we collect the fees, we put up the signs. What we can't do is rebuild a wharf,",
            "Janine Comeau",
            ("Comeau said", "Comeau"),
            ("Comeau said", "said"),
        ),
        (
            "a priority within the region",
            "Fisheries and Oceans Canada",
            ("DFO said", "DFO"),
            ("DFO said", "said"),
        ),
        (
            "expected to be tendered later this year.",
            "Fisheries and Oceans Canada",
            ("DFO said", "DFO"),
            ("DFO said", "said"),
        ),
        (
            "Until repairs are completed, the existing vehicle restrictions must be respected for the safety of all harbour users.",
            "Fisheries and Oceans Canada",
            "A spokesperson",
            "added",
        ),
        (
            "I've told them plainly: this is not a nice-to-have, it's the economy of the whole shore,",
            "Andrea Surette",
            ("she said", "she"),
            "said",
        ),
        (
            "He says, 'If the wharf goes, we'll just tie up to the Tim Hortons,'",
            "Mason Doucet",
            ("Doucet said", "Doucet"),
            ("Doucet said", "said"),
        ),
        (
            "Nobody's really laughing, though.",
            "Mason Doucet",
            ("Doucet said", "Doucet"),
            ("Doucet said", "said"),
        ),
        (
            "We don't have a choice. The lobster don't wait for a tender.",
            "Vance Boudreau",
            None,
            None,
        ),
    ],
    ["the Elbow,"],
)

article(
    "blind42-en03",
    "en",
    """Carrawong surf club's clubhouse 'living on borrowed time' as dune gives way

By Hamish Tregear
Updated March 21 2026 - 5:10pm, first published 4:30pm

Carrawong Surf Life Saving Club members inspect the exposed footings below the clubhouse deck on Friday. Picture by Marina Ellery
Save
Share

THE surf club at Carrawong Beach has stood on the same dune since 1961. Its president, Leanne Prowse, is no longer sure it will see 2030.
A run of big swells over summer has carved away almost six metres of sand in front of the building, leaving the concrete footings of its deck hanging in the air.
"When I started patrolling here as a 13-year-old, you walked down a long sandy track to get to the water," Ms Prowse says. "Now you can step off the deck and you're practically on the beach.
"We've had engineers out twice since Christmas. Both times they've told us the same thing: it's not a question of if, it's when."
The club has roped off the deck and put up a sign reading "Danger – unstable ground – keep off", but nippers training has continued on the beach below.
In its "Carrawong Coastal Hazard Review", published last year, Wallarah Coast Council found that the clubhouse sat within the zone at "immediate risk" from erosion and recommended "planning for managed relocation within a decade".
Ms Prowse says the club supports moving eventually, but cannot raise the estimated $7.5 million for a new building on its own.
"We're volunteers who sell sausage sandwiches on a Sunday. We're not a property developer, and we're living on borrowed time."
Council's director of environment and infrastructure, Graham Tulloch, says council is "committed to keeping a surf club at Carrawong".
"The long-term answer is a new site further back behind the dune," Mr Tulloch says, "but in the short term we're looking at emergency works to protect the footings through winter."
He says council has applied for state coastal management funding and expects an answer by June.
Not everyone agrees relocation is inevitable. Long-time Carrawong resident and retired builder Kevin Nash wants council to build a rock wall.
"They did it at Blacksmiths in the eighties and it's still there," he says. "Talk of managed retreat is just a nice way of saying give up."
Coastal scientist Dr Priya Ramanathan, from the University of the Hunter's coastal research group, says rock walls tend to move the problem rather than fix it.
"You protect the building and you lose the beach in front of it," Dr Ramanathan says. "For a surf club, that's a strange trade."
Club members will hold a community forum at the clubhouse car park on Sunday at 10am.
Newcastle Herald understands the state government is also assessing two other Hunter surf clubs affected by summer erosion.
READ MORE:
Stockton sand nourishment to resume in winter""",
    [
        ("living on borrowed time", "Leanne Prowse", None, None),
        (
            "When I started patrolling here as a 13-year-old, you walked down a long sandy track to get to the water,",
            "Leanne Prowse",
            "Ms Prowse",
            "says",
        ),
        (
            "Now you can step off the deck and you're practically on the beach.",
            "Leanne Prowse",
            "Ms Prowse",
            "says",
        ),
        (
            "We've had engineers out twice since Christmas. Both times they've told us the same thing: it's not a question of if, it's when.",
            "Leanne Prowse",
            None,
            None,
        ),
        (
            "immediate risk",
            "Wallarah Coast Council",
            "Wallarah Coast Council",
            "found",
        ),
        (
            "planning for managed relocation within a decade",
            "Wallarah Coast Council",
            "Wallarah Coast Council",
            "recommended",
        ),
        (
            "We're volunteers who sell sausage sandwiches on a Sunday. We're not a property developer, and we're living on borrowed time.",
            "Leanne Prowse",
            None,
            None,
        ),
        (
            "committed to keeping a surf club at Carrawong",
            "Graham Tulloch",
            "Graham Tulloch",
            "says",
        ),
        (
            "The long-term answer is a new site further back behind the dune,",
            "Graham Tulloch",
            "Mr Tulloch",
            "says",
        ),
        (
            "but in the short term we're looking at emergency works to protect the footings through winter.",
            "Graham Tulloch",
            "Mr Tulloch",
            "says",
        ),
        (
            "They did it at Blacksmiths in the eighties and it's still there,",
            "Kevin Nash",
            ("he says", "he"),
            "says",
        ),
        (
            "Talk of managed retreat is just a nice way of saying give up.",
            "Kevin Nash",
            ("he says", "he"),
            "says",
        ),
        (
            "You protect the building and you lose the beach in front of it,",
            "Priya Ramanathan",
            "Dr Ramanathan",
            "says",
        ),
        ("For a surf club, that's a strange trade.", "Priya Ramanathan", "Dr Ramanathan", "says"),
    ],
    ["Danger – unstable ground – keep off", "Carrawong Coastal Hazard Review"],
)

article(
    "blind42-en04",
    "en",
    """Government revokes licence of Eastern Beach kiosk after 'repeated breaches'

Written by Yasmin Garcia-Hook · 8th April 2026 · 3 min read

Eastern Beach's best-known refreshment kiosk will not reopen this summer after the Government revoked its licence, citing repeated breaches of its conditions.
The wooden kiosk at the northern end of the beach, known to generations of bathers as "the Hut", has been run by the Olivero family since 1987.
In a press release issued on Tuesday, HM Government of Gibraltar said the operator had been served "four written warnings in two seasons" for trading beyond permitted hours, placing tables on the public foreshore and amplified music.
"The Government has no wish to see a family business close," the statement said. "However, licence conditions exist to protect the enjoyment of the beach by all residents and visitors, and they must apply equally to everyone."
The Minister for Public Spaces and the Foreshore, Ms Nadia Ferrary, said the decision had been taken "with regret" and followed advice from the Foreshore Licensing Board.
Speaking to GBC on Tuesday evening, the Minister added: "I have met the family personally. Nobody has acted in bad faith here, but we had to draw a line."
The kiosk's owner, Lewis Olivero, said he was "devastated" and intended to appeal.
"My father opened this hut with his own hands," he said. "We have served ice cream to children whose grandparents we served. And now, over some tables and a radio, it's finished?"
Mr Olivero acknowledged that tables had been placed on the sand on busy days but said this had been tolerated "for as long as anyone can remember".
An online petition titled "Save the Hut" had gathered more than 2,300 signatures by Wednesday afternoon.
Residents of the Eastern Beach Road flats, however, have complained for several years about noise late into the evening. One resident, who did not wish to be named, told the Chronicle that summer nights had become "unbearable".
"It's not the ice cream people mind," the resident said, "it's the music at eleven o'clock at night when you have work in the morning."
The Opposition's spokesman for the environment, Mr Julian Sacarello, said the Government had "handled a local dispute with a sledgehammer".
He said: "There were sensible options short of revocation – reduced hours, a noise limit, a bond. None of them appear to have been tried."
The Government said the licence would be put out to public tender in the autumn and that "applications from the current operator will not be excluded".
The appeal must be lodged with the Board within 21 days.

Photo: Eastern Beach kiosk. Credit: Johnny Bugeja
Share this:
Related""",
    [
        (
            "repeated breaches",
            "HM Government of Gibraltar",
            ("Government revokes", "Government"),
            None,
        ),
        (
            "four written warnings in two seasons",
            "HM Government of Gibraltar",
            "HM Government of Gibraltar",
            "said",
        ),
        (
            "The Government has no wish to see a family business close,",
            "HM Government of Gibraltar",
            "the statement",
            ("the statement said", "said"),
        ),
        (
            "However, licence conditions exist to protect the enjoyment of the beach by all residents and visitors, and they must apply equally to everyone.",
            "HM Government of Gibraltar",
            "the statement",
            ("the statement said", "said"),
        ),
        ("with regret", "Nadia Ferrary", "Ms Nadia Ferrary", "said"),
        (
            "I have met the family personally. Nobody has acted in bad faith here, but we had to draw a line.",
            "Nadia Ferrary",
            "the Minister",
            "added",
        ),
        ("devastated", "Lewis Olivero", "Lewis Olivero", "said"),
        (
            "My father opened this hut with his own hands,",
            "Lewis Olivero",
            ("he said", "he"),
            "said",
        ),
        (
            "We have served ice cream to children whose grandparents we served. And now, over some tables and a radio, it's finished?",
            "Lewis Olivero",
            ("he said", "he"),
            "said",
        ),
        ("for as long as anyone can remember", "Lewis Olivero", "Mr Olivero", "said"),
        ("unbearable", "resident", "One resident", "told"),
        (
            "It's not the ice cream people mind,",
            "resident",
            ("the resident said", "resident"),
            ("the resident said", "said"),
        ),
        (
            "it's the music at eleven o'clock at night when you have work in the morning.",
            "resident",
            ("the resident said", "resident"),
            ("the resident said", "said"),
        ),
        (
            "handled a local dispute with a sledgehammer",
            "Julian Sacarello",
            "Mr Julian Sacarello",
            "said",
        ),
        (
            "There were sensible options short of revocation – reduced hours, a noise limit, a bond. None of them appear to have been tried.",
            "Julian Sacarello",
            ("He said:", "He"),
            ("He said:", "said"),
        ),
        (
            "applications from the current operator will not be excluded",
            "HM Government of Gibraltar",
            ("The Government said", "The Government"),
            ("The Government said", "said"),
        ),
    ],
    ["the Hut", "Save the Hut"],
)

article(
    "blind42-en05",
    "en",
    """Boda boda riders protest relocation of Kireka stage

By Brian Ssekandi

Added 17 March 2026 11:45 AM

What you need to know:
Riders say the new stage, about 600 metres from the main road, will cost them half their daily customers.

More than 200 boda boda riders on Monday blocked part of the Kampala-Jinja Highway at Kireka for nearly two hours, protesting a directive moving their stage to a fenced yard behind the market.
The directive was issued last week by the Greater Kampala Road User Safety Board (GKRUSB), which says the old stage at the junction has become "a death trap" for pedestrians and riders alike.
Mr Hamidu Kizza, the chairperson of the Kireka Central stage, said riders had not been consulted.
"They came with a letter on Friday and said by Monday we must be gone. Who does that to 200 families?" Mr Kizza asked.
Speaking in Luganda, another rider, who declined to be named for fear of victimisation, said the new yard was too far from where passengers alight from taxis.
"Passengers will not walk all that distance with luggage. They will just take the riders who wait on the road illegally, and we who follow the law will suffer," the rider said in Luganda.
The board's executive director, Ms Esther Namuganza, revealed that 14 people had died in crashes within 300 metres of the junction since January last year.
"We are not fighting the riders. We are trying to keep them alive," Ms Namuganza said during a press briefing at the board's offices in Nakawa.
She added that the new yard would have lighting, a shade and toilets, and noted that the board had held "three engagement meetings" with stage leaders in February.
Mr Kizza disputed this. "Those meetings were for the leaders of another association. Our stage was never invited," he said.
Police deployed at the scene fired teargas to disperse the crowd at around 10am. Kampala Metropolitan traffic police spokesperson ASP Rogers Tumusiime said two riders had been arrested for "inciting violence and obstructing traffic".
"Anybody has a right to complain, but nobody has a right to block a national highway," ASP Tumusiime said, adding that traffic had since returned to normal.
The board has launched a sensitisation campaign dubbed "Safe Stage, Safe Rider", which it says will cover 40 stages in Wakiso and Kampala by June.
Nakawa Division mayor Ronald Kasirye called for calm and asked the board to suspend the directive for a month "so that the riders can be properly registered and consulted".
"The intention is good, but the approach was wrong," he said.
By press time, the riders had returned to the old stage, vowing not to move.
Related
Government extends deadline for boda boda digital registration
Share this article""",
    [
        (
            "a death trap",
            "Greater Kampala Road User Safety Board",
            ("which says", "which"),
            ("which says", "says"),
        ),
        (
            "They came with a letter on Friday and said by Monday we must be gone. Who does that to 200 families?",
            "Hamidu Kizza",
            ("Mr Kizza asked", "Mr Kizza"),
            "asked",
        ),
        (
            "Passengers will not walk all that distance with luggage. They will just take the riders who wait on the road illegally, and we who follow the law will suffer,",
            "rider",
            ("the rider said", "rider"),
            ("the rider said", "said"),
        ),
        (
            "We are not fighting the riders. We are trying to keep them alive,",
            "Esther Namuganza",
            ("Ms Namuganza said", "Ms Namuganza"),
            ("Ms Namuganza said", "said"),
        ),
        ("three engagement meetings", "Esther Namuganza", ("She added", "She"), "noted"),
        (
            "Those meetings were for the leaders of another association. Our stage was never invited,",
            "Hamidu Kizza",
            ("he said", "he"),
            "said",
        ),
        (
            "inciting violence and obstructing traffic",
            "Rogers Tumusiime",
            "ASP Rogers Tumusiime",
            "said",
        ),
        (
            "Anybody has a right to complain, but nobody has a right to block a national highway,",
            "Rogers Tumusiime",
            "ASP Tumusiime",
            "said",
        ),
        (
            "so that the riders can be properly registered and consulted",
            "Ronald Kasirye",
            "Ronald Kasirye",
            "asked",
        ),
        (
            "The intention is good, but the approach was wrong,",
            "Ronald Kasirye",
            ("he said", "he"),
            "said",
        ),
    ],
    ["Safe Stage, Safe Rider"],
)

article(
    "blind42-en06",
    "en",
    """The Urchin Cullers of Tanu Sound

Volunteer divers are smashing sea urchins by the thousand to give kelp a chance. Scientists say it can work—on a small scale.

Article body copy
Authored by Corinne Haldane
Apr 9, 2026 | 1,150 words, about 6 minutes

Twice a week in late winter, Roy Sandhu pulls on a drysuit, drops off the stern of a borrowed skiff into Tanu Sound, off the north coast of British Columbia, and starts hammering.
His target is the purple sea urchin. Over the past decade, the spiny grazers have mowed down the kelp forests along this stretch of coast, leaving what divers call “urchin barrens”: pink rock, bare except for the urchins themselves, packed as many as 80 to a square metre.
“The first time I dove here, in 2009, you couldn’t see the bottom for the kelp,” Sandhu says. “Now it looks like somebody vacuumed it.”
Sandhu is one of about 30 volunteers with the Tanu Sound Kelp Keepers, a community group that has cleared urchins from four hectares of seafloor since 2022. The divers crush the animals with small hammers and leave them for crabs and fish to eat.
The results have surprised even the organizers. Within 18 months of a site being cleared, young kelp had returned to cover more than half the rock, according to monitoring by the group and researchers at the Northcoast Marine Field Station.
“It’s not subtle,” says Oona Valkonen, a kelp ecologist at the field station who has studied the cleared plots. “You go from nothing to a canopy you can lose a diver in.”
But Valkonen is careful about what the plots can and can’t show. “Four hectares is a garden,” she says, “and this coast has thousands of hectares of barrens.”
In a paper published in February, titled “Diver-Led Urchin Removal and Kelp Recovery in a Northern Barren,” Valkonen and her coauthors write that culling “can restore kelp at the scale of a bay, but not at the scale of a coastline” unless predators such as sea otters and sunflower sea stars recover.
Sunflower sea stars, once a major urchin predator, were nearly wiped out along the Pacific coast by a wasting disease that began in 2013. Few have been seen in Tanu Sound since.
“We lost the animal that did this job for free,” Valkonen says. “Now we’re paying people in coffee and donuts to do it by hand.”
The provincial Ministry of Coastal Stewardship, which issues the permits for the culls, said in an emailed statement that it “supports community-led restoration where it is carefully monitored” and was reviewing how to fund longer-term work.
Sandhu doesn’t expect a bigger budget any time soon.
“I’d be happy with a second boat,” he says. “We’re turning volunteers away because there’s nowhere to put them.
“And every year we wait, the urchins get older and harder to kill. The big ones take three or four swings.”
He surfaces, pushes his mask up and holds a cracked urchin to the light.
“That one’s been eating kelp since before my daughter was born.”
This article first appeared in Hakai Magazine and is republished here with permission.
Related
The Otters Are Coming Back. Not Everyone Is Happy.""",
    [
        (
            "The first time I dove here, in 2009, you couldn’t see the bottom for the kelp,",
            "Roy Sandhu",
            ("Sandhu says", "Sandhu"),
            ("Sandhu says", "says"),
        ),
        (
            "Now it looks like somebody vacuumed it.",
            "Roy Sandhu",
            ("Sandhu says", "Sandhu"),
            ("Sandhu says", "says"),
        ),
        ("It’s not subtle,", "Oona Valkonen", "Oona Valkonen", "says"),
        (
            "You go from nothing to a canopy you can lose a diver in.",
            "Oona Valkonen",
            "Oona Valkonen",
            "says",
        ),
        ("Four hectares is a garden,", "Oona Valkonen", ("she says", "she"), "says"),
        (
            "and this coast has thousands of hectares of barrens.",
            "Oona Valkonen",
            ("she says", "she"),
            "says",
        ),
        (
            "can restore kelp at the scale of a bay, but not at the scale of a coastline",
            "Oona Valkonen",
            ("Valkonen and her coauthors write", "Valkonen"),
            "write",
        ),
        (
            "We lost the animal that did this job for free,",
            "Oona Valkonen",
            ("Valkonen says", "Valkonen"),
            ("Valkonen says", "says"),
        ),
        (
            "Now we’re paying people in coffee and donuts to do it by hand.",
            "Oona Valkonen",
            ("Valkonen says", "Valkonen"),
            ("Valkonen says", "says"),
        ),
        (
            "supports community-led restoration where it is carefully monitored",
            "Ministry of Coastal Stewardship",
            "The provincial Ministry of Coastal Stewardship",
            "said",
        ),
        ("I’d be happy with a second boat,", "Roy Sandhu", ("he says", "he"), "says"),
        (
            "We’re turning volunteers away because there’s nowhere to put them.",
            "Roy Sandhu",
            ("he says", "he"),
            "says",
        ),
        (
            "And every year we wait, the urchins get older and harder to kill. The big ones take three or four swings.",
            "Roy Sandhu",
            None,
            None,
        ),
        (
            "That one’s been eating kelp since before my daughter was born.",
            "Roy Sandhu",
            None,
            None,
        ),
    ],
    ["urchin barrens", "Diver-Led Urchin Removal and Kelp Recovery in a Northern Barren,"],
)

article(
    "blind42-en07",
    "en",
    """Partners hand back GMS contract saying practice is ‘no longer safe to run’

By Rhiannon Achebe

10 April 2026

A three-partner GP practice in Shropshire is to hand back its GMS contract after its partners said they could no longer recruit enough clinicians to keep it running safely.
Millbrook Surgery in Ellesworth, which has around 7,800 registered patients, will close its contract on 30 September.
In a letter sent to patients this week, the partners said they had taken the decision ‘with enormous sadness’ and that patients did ‘not need to do anything at this stage’.
Senior partner Dr Farah Lindqvist told Pulse that the practice had advertised for a salaried GP for 22 months without a single suitable applicant.
‘We have gone from five full-time equivalent GPs to just under three,’ she said. ‘Every one of us is working days that start at 7.30 and end after eight at night. That isn’t a sustainable way to look after patients, and frankly it isn’t safe.’
Dr Lindqvist said the partners had also been worried about personal liability for the building lease, which runs until 2034.
‘We were told at a partners’ meeting, “If the last partner goes, the lease is yours,” and that focused minds,’ she added.
Shropshire and Marches Local Medical Committee (LMC) said the practice was the fourth in the county to hand back a contract in two years.
LMC medical secretary Dr Owen Pryce said: ‘This is not a practice that has failed. It has a good CQC rating and a loyal list. It is a practice that has been starved.’
He said the LMC’s own ‘Breaking Point’ survey, published in January, had found that 41% of partners in the area were considering handing back their contracts within five years.
Shropshire and Marches Integrated Care Board (ICB) said it would ‘work closely with the practice and neighbouring providers to ensure continuity of care’.
An ICB spokesperson said: ‘Patients will continue to receive services from Millbrook Surgery until the end of September. We are exploring all options, including a procurement for a new provider or a dispersal of the list.’
Patient participation group chair Margaret Eaves said many older patients feared being moved to a practice in Telford, 11 miles away.
‘People are frightened,’ said Mrs Eaves. ‘Some of them have been with the same GP for thirty years.’
Pulse revealed last month that the number of practices closing in England has risen for the third year in a row.
The Rural Practices Alliance, which represents 600 practices in England, has repeatedly called for ‘urgent action on the GP workforce’ in market towns.
Read more
GP partners ‘trapped’ by premises leases, LMC leaders warn
Related articles
LMC conference backs motion to ballot on contract hand-backs""",
    [
        ("no longer safe to run", "partners", "Partners", "saying"),
        (
            "with enormous sadness",
            "partners",
            ("the partners said", "the partners"),
            ("the partners said", "said"),
        ),
        (
            "not need to do anything at this stage",
            "partners",
            ("the partners said", "the partners"),
            ("the partners said", "said"),
        ),
        (
            "We have gone from five full-time equivalent GPs to just under three,",
            "Farah Lindqvist",
            ("she said", "she"),
            "said",
        ),
        (
            "Every one of us is working days that start at 7.30 and end after eight at night. That isn’t a sustainable way to look after patients, and frankly it isn’t safe.",
            "Farah Lindqvist",
            ("she said", "she"),
            "said",
        ),
        (
            "We were told at a partners’ meeting, “If the last partner goes, the lease is yours,” and that focused minds,",
            "Farah Lindqvist",
            ("she added", "she"),
            "added",
        ),
        (
            "This is not a practice that has failed. It has a good CQC rating and a loyal list. It is a practice that has been starved.",
            "Owen Pryce",
            "Dr Owen Pryce",
            ("Pryce said:", "said"),
        ),
        (
            "work closely with the practice and neighbouring providers to ensure continuity of care",
            "Shropshire and Marches Integrated Care Board",
            "Shropshire and Marches Integrated Care Board",
            "said",
        ),
        (
            "Patients will continue to receive services from Millbrook Surgery until the end of September. We are exploring all options, including a procurement for a new provider or a dispersal of the list.",
            "Shropshire and Marches Integrated Care Board",
            "An ICB spokesperson",
            ("spokesperson said:", "said"),
        ),
        ("People are frightened,", "Margaret Eaves", "Mrs Eaves", "said"),
        (
            "Some of them have been with the same GP for thirty years.",
            "Margaret Eaves",
            "Mrs Eaves",
            "said",
        ),
        (
            "urgent action on the GP workforce",
            "Rural Practices Alliance",
            "The Rural Practices Alliance",
            "called",
        ),
    ],
    ["Breaking Point"],
)

article(
    "blind42-en08",
    "en",
    """Camp drivers up in arms over new 40mph limit on Darwin road

Posted by Penguin News on 3 April 2026

DRIVERS who use the Darwin road every week have reacted angrily to plans to cut the speed limit on its gravel sections from 50mph to 40mph, with one farmer calling the proposal "a solution looking for a problem".
The change, which would apply to the stretch past the Malo bridge that many Camp residents know as "the Washboard", was announced by the Public Works Department last month following three roll-over accidents since October.
Director of Public Works Alan Bertrand told Penguin News the limit was a "sensible, evidence-based response" to the accidents.
"Every one of those roll-overs happened on loose gravel at speeds we think were over 45mph," he said. "We are not trying to punish anyone. We are trying to stop someone being killed on a road where an ambulance is two hours away."
The Director said signs would go up in May, once the Standing Finance Committee had approved the cost.
Not everyone is convinced. Tom Aldridge, who farms at Brenton Loch and drives to Stanley twice a week, said the real problem was the state of the surface.
"Grade the road properly and you won't need a speed limit," Mr Aldridge said. "At 40 you'll be on it an extra half-hour each way, and you'll still hit the same holes."
A post in the Camp Drivers Forum Facebook group, which has more than 700 members, described the consultation as "a done deal dressed up as a chat". The post, from the group's administrator, added: "Nobody who made this decision drives the Washboard in July."
MLA Rosalind Cheek, who holds the Camp constituency, said she had received "more emails about this than about anything since the fuel price went up".
"I understand why people are cross," the MLA said. "But I have also sat with a family whose son was airlifted after one of these crashes, and I'm not willing to brush that aside."
Writing in this week's Letters page, Gail Finlayson of Goose Green said she had driven the road for forty years "without so much as a dent".
"I would ask the Department to spend the money on a grader and a driver rather than on signs that nobody in Camp will read," she wrote.
The Falklands Road Safety Partnership, which brings together the police, the hospital and the Department, said it had no plans for speed cameras and would "continue to focus on education".
A public meeting on the proposal will be held at the Goose Green Hall on Saturday 11 April at 2pm, with a second meeting in Stanley the following week.
Mr Bertrand said he would attend both.
"If somebody has a better idea, I'd genuinely like to hear it," he said.

Photo: The Darwin road near the Malo bridge. Photo: Penguin News
Share this:
Facebook
X
Email""",
    [
        ("a solution looking for a problem", "farmer", "one farmer", "calling"),
        ("sensible, evidence-based response", "Alan Bertrand", "Alan Bertrand", "told"),
        (
            "Every one of those roll-overs happened on loose gravel at speeds we think were over 45mph,",
            "Alan Bertrand",
            ("he said", "he"),
            "said",
        ),
        (
            "We are not trying to punish anyone. We are trying to stop someone being killed on a road where an ambulance is two hours away.",
            "Alan Bertrand",
            ("he said", "he"),
            "said",
        ),
        (
            "Grade the road properly and you won't need a speed limit,",
            "Tom Aldridge",
            "Mr Aldridge",
            "said",
        ),
        (
            "At 40 you'll be on it an extra half-hour each way, and you'll still hit the same holes.",
            "Tom Aldridge",
            "Mr Aldridge",
            "said",
        ),
        (
            "a done deal dressed up as a chat",
            "administrator",
            "the group's administrator",
            "described",
        ),
        (
            "Nobody who made this decision drives the Washboard in July.",
            "administrator",
            "the group's administrator",
            "added",
        ),
        (
            "more emails about this than about anything since the fuel price went up",
            "Rosalind Cheek",
            "MLA Rosalind Cheek",
            "said",
        ),
        (
            "I understand why people are cross,",
            "Rosalind Cheek",
            ("the MLA said", "the MLA"),
            ("the MLA said", "said"),
        ),
        (
            "But I have also sat with a family whose son was airlifted after one of these crashes, and I'm not willing to brush that aside.",
            "Rosalind Cheek",
            ("the MLA said", "the MLA"),
            ("the MLA said", "said"),
        ),
        ("without so much as a dent", "Gail Finlayson", "Gail Finlayson", "said"),
        (
            "I would ask the Department to spend the money on a grader and a driver rather than on signs that nobody in Camp will read,",
            "Gail Finlayson",
            ("she wrote", "she"),
            "wrote",
        ),
        (
            "continue to focus on education",
            "Falklands Road Safety Partnership",
            "The Falklands Road Safety Partnership",
            "said",
        ),
        (
            "If somebody has a better idea, I'd genuinely like to hear it,",
            "Alan Bertrand",
            ("he said", "he"),
            "said",
        ),
    ],
    ["the Washboard"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind42_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
