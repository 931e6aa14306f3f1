# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind33_en.jsonl: a thirty-third blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions and cities aside).
Beats and outlets imitated: a tracking-device rule for trekking peaks (The Kathmandu Post: a
headline quote with no cue, a dek partial quote with "call", a directive quoted through the
department, an association with its initials in brackets, "the director general", a climber
known by a first name who "laughed"), a bulk carrier detained over unpaid wages (Lloyd's List:
a headline quote in curly single marks with "says union", an inspectorate's detention notice, an
owner's emailed statement, an interrupted one-word quote, an unnamed person familiar with the
charter, an anonymous cook with a nested phrase, a flag registry), a jail death after unanswered
sick calls (ProPublica: a dek quote from "a former nurse", a manager's email quoted as she
"wrote", a two-paragraph testimony with nested single quotes, a company's written statement, a
sheriff's office spokesperson, an outside physician, an anonymous nurse as "One", a record label
in marks), a band cancelling a tour after its label collapses (Pitchfork: straight marks with
straight apostrophes, a headline quote with "Say", an Instagram statement, an interrupted
founder, a post on X, a promoter's representative, a song and a tour name in marks), a rally
winner excluded over a fuel sample (Motorsport.com: a dek partial quote, the stewards' decision,
inverted "said Moulinet" and "said Sandqvist", a reporter's question and the driver's answer, a
fuel supplier's statement), dust from a shrinking reservoir (The Salt Lake Tribune: a headline
quote in curly single marks with an apostrophe inside, "R-Brigham City", an irrigation company's
statement, a scientist, a state office, a nested saying of a late husband, a follow-on quote), a
polar bear patrol losing its funding (Nunatsiaq News: a dek quote with "says mayor", a charity's
letter, an elder through an interpreter with a nested saying, a resident's question and the
mayor's reply, a department's emailed statement, a programme name) and a links trust scrapping a
residents' discount (The Courier, Dundee: British curly single marks with curly apostrophes and
inner double ones, a headline quote with no cue, a follow-on paragraph with no cue, an
interrupted spokesman, a banner slogan). Slogans, titles, programme names and record labels in
marks are listed as non-quotes. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind33_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article

WORDS_RANGE = (300, 650)


article(
    "blind33-en01",
    "en",
    """“A chip does not carry anyone down”

Guides call the Rs 4,500 rental fee for satellite trackers on trekking peaks “another tax on the mountains”, while the Department of Tourism says the devices will cut search costs.

Prakriti Adhikari
Published at : March 14, 2025
Updated at : March 14, 2025 18:40

Kathmandu —
From the spring season, every climber attempting one of the 27 trekking peaks listed by the government must rent a satellite tracking device at the base camp checkpost, according to a directive issued by the Department of Tourism on Wednesday.
In the directive, titled “Safe Summit Protocol 2082”, the department says the devices are meant “to reduce the time and expenditure involved in search and rescue operations”.
“Last season alone, the state spent nearly Rs 30 million on helicopter searches, many of them for climbers who were simply out of phone range,” Director General Kamala Bhusal told the Post on Thursday. “A tracker costs less than ten minutes of flying.”
Read More: Rescue helicopters grounded as fuel dues pile up
Operators see it differently. The Himalayan Expedition Operators’ Association (HEOA) said in a statement that the fee would be “passed straight to climbers, most of whom already pay for a liaison officer they never meet”.
“We are not against safety,” association president Tenzing Norbu Tamang said. “We are against a checkpost that opens at nine in the morning when our teams leave base camp at two.”
He added that the association had written to the ministry twice since January. “We have not received a single reply, not even a phone call,” he said.
Guides who work on the peaks every season are blunter. “A chip does not carry anyone down. People do,” said Pemba Nuru Sherpa, a guide from Khumjung who has led 41 expeditions on Island Peak and Lobuche East.
Post File Photo
Sherpa, who lost a client to altitude sickness in 2019, said the real problem was the growing number of inexperienced climbers on the smaller peaks. “They buy a permit online, they rent boots in Thamel, and they think a device will save them,” he said. “When the weather turns, the device only tells us where to find the body.”
Asked about the early starts, Bhusal said the checkposts would remain open “round the clock during the peak weeks of April and May”. The department would also waive the fee for Nepali climbers, she said.
The director general said the rule would be reviewed after the autumn season. “If it does not work, we will change it. We are not stubborn,” she said.
At the checkpost in Chhukung on Thursday, most foreign climbers shrugged at the new rule. A Polish climber who gave only her first name, Agata, said she had not even noticed the charge on her bill. “I paid more for my coffee in Namche,” Agata laughed.
A version of this story appears in the print on March 15, 2025, of The Kathmandu Post.
Share on Facebook Share on Twitter""",
    [
        ("A chip does not carry anyone down", "Pemba Nuru Sherpa", None, None),
        ("another tax on the mountains", "guides", "Guides", "call"),
        (
            "to reduce the time and expenditure involved in search and rescue operations",
            "Department of Tourism",
            "the department",
            "says",
        ),
        (
            "Last season alone, the state spent nearly Rs 30 million on helicopter searches, many of them for climbers who were simply out of phone range,",
            "Kamala Bhusal",
            "Kamala Bhusal",
            "told",
        ),
        (
            "A tracker costs less than ten minutes of flying.",
            "Kamala Bhusal",
            "Kamala Bhusal",
            "told",
        ),
        (
            "passed straight to climbers, most of whom already pay for a liaison officer they never meet",
            "Himalayan Expedition Operators’ Association",
            "The Himalayan Expedition Operators’ Association",
            "said",
        ),
        ("We are not against safety,", "Tenzing Norbu Tamang", "Tenzing Norbu Tamang", "said"),
        (
            "We are against a checkpost that opens at nine in the morning when our teams leave base camp at two.",
            "Tenzing Norbu Tamang",
            "Tenzing Norbu Tamang",
            "said",
        ),
        (
            "We have not received a single reply, not even a phone call,",
            "Tenzing Norbu Tamang",
            ("call,” he said", "he"),
            "said",
        ),
        (
            "A chip does not carry anyone down. People do,",
            "Pemba Nuru Sherpa",
            "Pemba Nuru Sherpa",
            "said",
        ),
        (
            "They buy a permit online, they rent boots in Thamel, and they think a device will save them,",
            "Pemba Nuru Sherpa",
            ("them,” he said", "he"),
            "said",
        ),
        (
            "When the weather turns, the device only tells us where to find the body.",
            "Pemba Nuru Sherpa",
            ("them,” he said", "he"),
            "said",
        ),
        (
            "round the clock during the peak weeks of April and May",
            "Kamala Bhusal",
            "Bhusal",
            "said",
        ),
        (
            "If it does not work, we will change it. We are not stubborn,",
            "Kamala Bhusal",
            ("stubborn,” she said", "she"),
            "said",
        ),
        ("I paid more for my coffee in Namche,", "Agata", ("Agata laughed", "Agata"), "laughed"),
    ],
    ["Safe Summit Protocol 2082"],
)

article(
    "blind33-en02",
    "en",
    """Crew of detained bulker ‘unpaid since June’, says union

Supramax held in Gdańsk as owner blames a charterer’s default and the charterer stays silent

Imogen Carraway
Wednesday 22 October 2025

PORT state control inspectors in Gdańsk have detained the 2009-built supramax Marlow Zenith after its 19 crew members complained that they had not been paid for more than four months.
In a detention notice seen by Lloyd’s List, the Baltic Port Inspectorate cites “wages and other entitlements not paid in accordance with the seafarers’ employment agreements” as well as a shortage of fresh provisions on board.
The vessel, which arrived with a cargo of Brazilian soybean meal on October 9, will not be allowed to sail until the arrears are settled, the inspectorate said.
Photo: Marlow Zenith at anchor in the Gulf of Gdańsk. Source: handout
The International Seafarers’ Union, which raised the alarm last week, said the crew was owed about $310,000 in basic wages and overtime.
“Some of these men have not been able to send money home since June. One of them has a daughter in hospital in Odesa and cannot pay for her treatment,” said Tomasz Wierzba, the union’s inspector for the Polish coast.
The ship’s owner, Athens-based Caldera Bulk Shipping, said in an emailed statement that the arrears were “a temporary cash-flow issue arising from a charterer’s default” and that all wages would be paid “within the coming days”.
“Temporary,” Wierzba said, “is what they told the crew in August.”
A person familiar with the charter said the charterer, Singapore-based Orinoco Trading, had withheld two hire payments after a dispute over the vessel’s speed and fuel consumption. “Both sides are using the crew as leverage, and both know it,” the person said.
Orinoco Trading did not respond to requests for comment.
In a voice message relayed by the union, the ship’s cook, who asked not to be named for fear of being blacklisted, said: “We eat rice and tinned fish. Every week the office says ‘next week’.”
Related: Abandonment cases hit five-year high as older tonnage changes hands
The vessel’s flag administration, the Monrovia Maritime Registry, said it was “in contact with all parties” and expected “an early resolution”.
Detentions over unpaid wages have become more frequent as older dry bulk tonnage passes to small owners. Rasmus Ekdahl, a dry bulk analyst at Nordlys Shipbrokers, said such ships were “increasingly owned by thinly capitalised outfits with one or two vessels and no cash buffer”.
“When the market turns, the crew are the first creditors to be forgotten,” he added.
Lloyd’s List subscribers can read more in our Dry Bulk daily briefing.
Sign up for the Lloyd’s List daily newsletter""",
    [
        ("unpaid since June", "International Seafarers’ Union", ("says union", "union"), "says"),
        (
            "wages and other entitlements not paid in accordance with the seafarers’ employment agreements",
            "Baltic Port Inspectorate",
            "the Baltic Port Inspectorate",
            "cites",
        ),
        (
            "Some of these men have not been able to send money home since June. One of them has a daughter in hospital in Odesa and cannot pay for her treatment,",
            "Tomasz Wierzba",
            "Tomasz Wierzba",
            "said",
        ),
        (
            "a temporary cash-flow issue arising from a charterer’s default",
            "Caldera Bulk Shipping",
            "Caldera Bulk Shipping",
            "said",
        ),
        ("within the coming days", "Caldera Bulk Shipping", "Caldera Bulk Shipping", "said"),
        ("Temporary,", "Tomasz Wierzba", "Wierzba", "said"),
        ("is what they told the crew in August.", "Tomasz Wierzba", "Wierzba", "said"),
        (
            "Both sides are using the crew as leverage, and both know it,",
            "person",
            "the person",
            "said",
        ),
        (
            "We eat rice and tinned fish. Every week the office says ‘next week’.",
            "cook",
            "the ship’s cook",
            "said",
        ),
        (
            "in contact with all parties",
            "Monrovia Maritime Registry",
            "the Monrovia Maritime Registry",
            "said",
        ),
        (
            "an early resolution",
            "Monrovia Maritime Registry",
            "the Monrovia Maritime Registry",
            "expected",
        ),
        (
            "increasingly owned by thinly capitalised outfits with one or two vessels and no cash buffer",
            "Rasmus Ekdahl",
            "Rasmus Ekdahl",
            "said",
        ),
        (
            "When the market turns, the crew are the first creditors to be forgotten,",
            "Rasmus Ekdahl",
            ("he added", "he"),
            "added",
        ),
    ],
)

article(
    "blind33-en03",
    "en",
    """Sick Call Requests Went Unanswered for Weeks. Then a Man Died in His Cell.

A former nurse says the requests had become “just numbers to close.” The company that runs the jail’s medical unit says it followed its protocols.

by Marisol Tran-Whitaker and Joel Abernathy
Oct. 3, 2025, 5 a.m. EDT

ProPublica is a nonprofit newsroom that investigates abuses of power. Sign up to receive our biggest stories as soon as they’re published.

On the night of Feb. 11, 2024, Curtis Lyle Danvers pressed the intercom button in his cell at the Dunmore County Jail in central Georgia four times. He had filed three written sick call requests in the previous nine days, complaining of chest pain and swelling in his legs. None of them led to an examination. He was found unresponsive at 6:10 the next morning. He was 47.
Records obtained by ProPublica show that each of his requests was closed with the same two words, “no acute,” by a nurse who never saw him.
The jail’s medical care is provided by Sentinel Correctional Health, a Tennessee-based company that holds contracts in 31 county jails. In a March 2023 email to nurses, the company’s regional director of nursing, Darlene Fitch, wrote that the unit had “over 200 open sick calls” and told staff to “clear the backlog by Friday, whatever it takes.”
Renee Albright, a licensed practical nurse who worked night shifts at the jail from 2021 until last year, said she knew exactly what that meant.
“You didn’t go see anybody. You opened the request, you typed ‘no acute’ and you closed it. On a good night I closed forty of them.
“I asked my supervisor once what would happen if one of those men was actually sick. She said, ‘Then he’ll file another one.’ That was the answer,” Albright said.
Albright left the job in May 2024. She has since given a sworn statement to lawyers for Danvers’ mother, Loretta Danvers, who filed a wrongful death lawsuit in federal court in June. In the statement, Albright says the requests had become “just numbers to close” long before Danvers arrived.
Dr. Anjali Mercer, a former jail physician who reviewed Danvers’ records at ProPublica’s request, said the symptoms he described were “textbook warning signs of heart failure.”
“Any nurse who laid eyes on this man would have sent him to an emergency room,” she said. “Nobody laid eyes on him.”
Two other former Sentinel nurses, who spoke on the condition of anonymity because they still work in health care in the region, described the same practice. One said the backlog emails arrived “every few weeks, like weather.”
In a written statement, Sentinel Correctional Health said it “cannot comment on pending litigation” but that its nurses “follow evidence-based triage protocols approved by licensed physicians.” The company said Albright’s account “does not reflect our policies or our values.”
A spokesperson for the Dunmore County Sheriff’s Office, which runs the jail, said the sheriff had “full confidence in our medical partner” and referred further questions to Sentinel.
Marcus Holloway, the attorney representing Loretta Danvers, said the company’s own records would decide the case. “They wrote it down themselves,” he said. “Three requests. Three times ‘no acute.’ And then a body.”
Do You Have a Tip? If you have information about medical care in jails, contact us.""",
    [
        ("just numbers to close.", "Renee Albright", "A former nurse", "says"),
        ("over 200 open sick calls", "Darlene Fitch", "Darlene Fitch", "wrote"),
        (
            "clear the backlog by Friday, whatever it takes.",
            "Darlene Fitch",
            "Darlene Fitch",
            "told",
        ),
        (
            "You didn’t go see anybody. You opened the request, you typed ‘no acute’ and you closed it. On a good night I closed forty of them.",
            "Renee Albright",
            ("Albright said", "Albright"),
            "said",
        ),
        (
            "I asked my supervisor once what would happen if one of those men was actually sick. She said, ‘Then he’ll file another one.’ That was the answer,",
            "Renee Albright",
            ("Albright said", "Albright"),
            "said",
        ),
        ("just numbers to close", "Renee Albright", ("Albright says", "Albright"), "says"),
        ("textbook warning signs of heart failure.", "Anjali Mercer", "Dr. Anjali Mercer", "said"),
        (
            "Any nurse who laid eyes on this man would have sent him to an emergency room,",
            "Anjali Mercer",
            ("room,” she said", "she"),
            "said",
        ),
        ("Nobody laid eyes on him.", "Anjali Mercer", ("room,” she said", "she"), "said"),
        ("every few weeks, like weather.", "nurse", ("One said", "One"), "said"),
        (
            "cannot comment on pending litigation",
            "Sentinel Correctional Health",
            (
                "In a written statement, Sentinel Correctional Health",
                "Sentinel Correctional Health",
            ),
            "said",
        ),
        (
            "follow evidence-based triage protocols approved by licensed physicians.",
            "Sentinel Correctional Health",
            (
                "In a written statement, Sentinel Correctional Health",
                "Sentinel Correctional Health",
            ),
            "said",
        ),
        (
            "does not reflect our policies or our values.",
            "Sentinel Correctional Health",
            "The company",
            "said",
        ),
        (
            "full confidence in our medical partner",
            "Dunmore County Sheriff’s Office",
            "A spokesperson for the Dunmore County Sheriff’s Office",
            "said",
        ),
        (
            "They wrote it down themselves,",
            "Marcus Holloway",
            ("themselves,” he said", "he"),
            "said",
        ),
        (
            "Three requests. Three times ‘no acute.’ And then a body.",
            "Marcus Holloway",
            ("themselves,” he said", "he"),
            "said",
        ),
    ],
    ["no acute,"],
)

article(
    "blind33-en04",
    "en",
    """Marigold Antenna Cancel European Tour, Say Label's Collapse Left Them "Stranded"

The Philadelphia band's label, Low Orbit Records, filed for bankruptcy last week

By Devon Achterberg
October 8, 2025

Marigold Antenna have canceled the entirety of their upcoming European tour, citing the sudden closure of their label, Low Orbit Records. In a statement posted to Instagram on Tuesday, the Philadelphia band wrote that the collapse had left them "stranded, with no tour support, no vinyl, and no idea who owns our masters."
"We booked these shows two years ago. We're heartbroken," the band continued. "To everyone who bought a ticket: you'll get every cent back, and we will come back when we can do it properly."
The 18-date "Slow Satellites Tour" was due to begin in Glasgow on November 2 and end in Lisbon in early December. It was planned around the release of the band's third album, whose lead single, "Paper Lanterns Over Camden," came out in August. The LP's vinyl pressing is now held by a plant in the Czech Republic, which has not been paid.
Low Orbit Records filed for Chapter 7 bankruptcy in Delaware last week. In a brief note on its website, the label said it had "exhausted every option" and thanked its artists for "nine unforgettable years."
Reached by phone on Tuesday, Low Orbit founder Teddy Marchetti said the label had been hit by rising pressing costs and a distributor that went under owing it money. "I made mistakes. I'm not going to pretend I didn't," Marchetti said, "but nobody stole anything. Every dollar went into records."
Not every artist on the roster was convinced. Fellow Low Orbit artist Cass Delacroix-Byrne posted on X: "I found out from a fan. That's how I found out. After six years."
Watch Marigold Antenna perform live in Philadelphia
A representative for London-based promoter Fernhill Live told Pitchfork that "all ticket holders will be refunded automatically within 14 days," and that the company hoped to "rebook the band for spring if they want it."
In an interview with Pitchfork earlier this year, singer June Okonkwo-Haas described Low Orbit as "family, basically, a really broke family." Asked then whether the band had ever considered signing to a major label, she laughed: "Nobody has ever asked us. But no. We like being small."
On Tuesday, her tone was different. "Small is fine," Okonkwo-Haas told Pitchfork in a text message. "Small and owed money is not."
Marigold Antenna's North American dates in January are, for now, unaffected.
Best New Tracks
Read Pitchfork's review of Marigold Antenna's 2023 album""",
    [
        ("Stranded", "Marigold Antenna", "Marigold Antenna", "Say"),
        (
            "stranded, with no tour support, no vinyl, and no idea who owns our masters.",
            "Marigold Antenna",
            "the Philadelphia band",
            "wrote",
        ),
        (
            "We booked these shows two years ago. We're heartbroken,",
            "Marigold Antenna",
            "the band",
            "continued",
        ),
        (
            "To everyone who bought a ticket: you'll get every cent back, and we will come back when we can do it properly.",
            "Marigold Antenna",
            "the band",
            "continued",
        ),
        ("exhausted every option", "Low Orbit Records", "the label", "said"),
        ("nine unforgettable years.", "Low Orbit Records", "the label", "thanked"),
        (
            "I made mistakes. I'm not going to pretend I didn't,",
            "Teddy Marchetti",
            "Marchetti",
            "said",
        ),
        (
            "but nobody stole anything. Every dollar went into records.",
            "Teddy Marchetti",
            "Marchetti",
            "said",
        ),
        (
            "I found out from a fan. That's how I found out. After six years.",
            "Cass Delacroix-Byrne",
            "Cass Delacroix-Byrne",
            "posted",
        ),
        (
            "all ticket holders will be refunded automatically within 14 days,",
            "Fernhill Live",
            "A representative for London-based promoter Fernhill Live",
            "told",
        ),
        ("rebook the band for spring if they want it.", "Fernhill Live", "the company", "hoped"),
        (
            "family, basically, a really broke family.",
            "June Okonkwo-Haas",
            "June Okonkwo-Haas",
            "described",
        ),
        (
            "Nobody has ever asked us. But no. We like being small.",
            "June Okonkwo-Haas",
            ("she laughed", "she"),
            "laughed",
        ),
        ("Small is fine,", "June Okonkwo-Haas", "Okonkwo-Haas", "told"),
        ("Small and owed money is not.", "June Okonkwo-Haas", "Okonkwo-Haas", "told"),
    ],
    ["Slow Satellites Tour", "Paper Lanterns Over Camden,"],
)

article(
    "blind33-en05",
    "en",
    """Kovač stripped of Three Valleys Rally win over fuel sample

Hyperion Racing will appeal after the stewards ruled that the fuel in the winning car “did not conform” to the regulations

By Aurelio Fenwick, Rally Editor
Published Sep 15, 2025, 9:12 AM

Nikola Kovač has been excluded from the results of the Three Valleys Rally, the fifth round of the European Gravel Cup, after a fuel sample taken from his Hyperion Racing car at the end of the final stage was found to contain an unapproved additive.
In their decision, published late on Sunday, the stewards state that the sample “did not conform to the fuel specification set out in Appendix J” and that the team had offered “no plausible explanation” for the discrepancy.
Victory passes to Elin Sandqvist of Torsvik Motorsport, who had finished 14.2 seconds behind Kovač on the road.
Photo by: Hyperion Racing
Hyperion team principal Gérard Moulinet confirmed on Monday morning that the team had lodged a notice of intention to appeal.
“We have used the same fuel from the same supplier at every event this year. Either the sample was contaminated in transport, or the test is wrong,” said Moulinet. “There is no third option.”
Kovač, 26, had dominated the Saturday loop in the forests above the town and looked set for his first win in the series.
“I drove the best rally of my life and now I read that I am a cheat,” he told Motorsport.com. “I am not a chemist. I am a driver.”
Read Also: Sandqvist extends contract with Torsvik until 2027
At a media call on Monday, Kovač was asked whether he had any doubts about his team. He paused for several seconds.
“Doubts? No,” he said. “Questions, yes. Many.”
When a reporter asked, “Would you drive for Hyperion again next year?”, Kovač smiled. “Ask me after the appeal.”
Sandqvist, for her part, said she took no pleasure in the result. “I don’t want to win like this,” said Sandqvist. “I would rather have lost by a second on the road than win in a stewards’ room.”
The fuel supplier, Petrova Racing Fuels, said in a statement that its product had been “tested and homologated” before the season and that it would “cooperate fully” with any investigation.
The series promoter, Gravel Sport Events, said the classification was “provisional pending the outcome of any appeal” and that the points would not be reallocated until a ruling was made.
The exclusion drops Kovač from first to third in the standings, 11 points behind Sandqvist, with two rounds remaining.
Be part of the Motorsport community
Join the conversation""",
    [
        ("did not conform", "stewards", "the stewards", "ruled"),
        (
            "did not conform to the fuel specification set out in Appendix J",
            "stewards",
            ("the stewards state", "the stewards"),
            "state",
        ),
        ("no plausible explanation", "stewards", ("the stewards state", "the stewards"), "state"),
        (
            "We have used the same fuel from the same supplier at every event this year. Either the sample was contaminated in transport, or the test is wrong,",
            "Gérard Moulinet",
            ("said Moulinet", "Moulinet"),
            "said",
        ),
        ("There is no third option.", "Gérard Moulinet", ("said Moulinet", "Moulinet"), "said"),
        (
            "I drove the best rally of my life and now I read that I am a cheat,",
            "Nikola Kovač",
            ("he told", "he"),
            "told",
        ),
        ("I am not a chemist. I am a driver.", "Nikola Kovač", ("he told", "he"), "told"),
        ("Doubts? No,", "Nikola Kovač", ("No,” he said", "he"), "said"),
        ("Questions, yes. Many.", "Nikola Kovač", ("No,” he said", "he"), "said"),
        ("Would you drive for Hyperion again next year?", "reporter", "a reporter", "asked"),
        ("Ask me after the appeal.", "Nikola Kovač", ("Kovač smiled", "Kovač"), "smiled"),
        (
            "I don’t want to win like this,",
            "Elin Sandqvist",
            ("said Sandqvist", "Sandqvist"),
            "said",
        ),
        (
            "I would rather have lost by a second on the road than win in a stewards’ room.",
            "Elin Sandqvist",
            ("said Sandqvist", "Sandqvist"),
            "said",
        ),
        ("tested and homologated", "Petrova Racing Fuels", "Petrova Racing Fuels", "said"),
        ("cooperate fully", "Petrova Racing Fuels", "Petrova Racing Fuels", "said"),
        (
            "provisional pending the outcome of any appeal",
            "Gravel Sport Events",
            "Gravel Sport Events",
            "said",
        ),
    ],
)

article(
    "blind33-en06",
    "en",
    """‘We’re breathing the lake’: Dust from a shrinking reservoir blankets a northern Utah town

Three dry winters have exposed 4,000 acres of sediment at Sarrow Reservoir. Residents say the state has been slow to act.

By Colter Beaumont
| Oct. 2, 2025, 6:00 a.m.

(Francisco Ruiz | The Salt Lake Tribune) Dust rises from the exposed bed of Sarrow Reservoir near Cutler Flat on Sept. 18, 2025.

Cutler Flat • When the wind comes off the exposed bed of Sarrow Reservoir, Dolores Hatch closes her windows, tapes towels along the door frames and turns on the two air purifiers her daughter bought her last Christmas.
“It doesn’t matter. It gets in anyway,” said Hatch, 71, who has lived in town since 1976. “We’re breathing the lake. What’s left of it.”
The reservoir, which supplies irrigation water to about 11,000 acres of alfalfa and grain, has dropped to 18% of capacity after three dry winters, exposing roughly 4,000 acres of fine sediment along its southern shore.
The Bear Bench Irrigation Company, which owns the reservoir, said in a statement that it was “acutely aware of the dust problem” but was legally obligated to deliver water to its shareholders. “We don’t control the snowpack,” the company said.
Nadia Kowalczyk, an atmospheric chemist at Wasatch State University, has placed six low-cost sensors around town since the spring. On the worst days in August, they recorded coarse particle concentrations more than three times the federal standard.
“These are not nuisance levels. These are levels that send people with asthma to the hospital,” Kowalczyk said.
She said the sediment also contains arsenic at concentrations “we would want to understand much better before anyone tells residents it’s safe.”
State Rep. Warren Tuttle, R-Brigham City, said he has opened a bill file for the 2026 session that would pay for dust suppression on exposed reservoir beds.
“Nobody in Salt Lake would tolerate this for a week,” Tuttle said. “Rural Utah shouldn’t have to either.”
Cutler Flat Mayor Rhett Ostler described the situation as “a slow-motion emergency” and said the town had asked the state for a permanent air monitor “three times in two years.”
A spokesperson for the Utah Office of Air Monitoring said the office was “evaluating options,” including a temporary monitor at the town’s elementary school.
For Hatch, the dust has changed the way she thinks about the water she grew up beside. Her late husband, a sheep rancher, used to joke that the reservoir would outlive them both.
“He’d stand on the porch and say, ‘That water will be here when we’re dust,’” she said. “Well. He was half right.”
Donate to support our reporting.
This story is part of The Salt Lake Tribune’s ongoing commitment to covering rural Utah.""",
    [
        ("We’re breathing the lake", "Dolores Hatch", None, None),
        ("It doesn’t matter. It gets in anyway,", "Dolores Hatch", ("said Hatch", "Hatch"), "said"),
        (
            "We’re breathing the lake. What’s left of it.",
            "Dolores Hatch",
            ("said Hatch", "Hatch"),
            "said",
        ),
        (
            "acutely aware of the dust problem",
            "Bear Bench Irrigation Company",
            "The Bear Bench Irrigation Company",
            "said",
        ),
        ("We don’t control the snowpack,", "Bear Bench Irrigation Company", "the company", "said"),
        (
            "These are not nuisance levels. These are levels that send people with asthma to the hospital,",
            "Nadia Kowalczyk",
            "Kowalczyk",
            "said",
        ),
        (
            "we would want to understand much better before anyone tells residents it’s safe.",
            "Nadia Kowalczyk",
            ("She said the sediment", "She"),
            "said",
        ),
        ("Nobody in Salt Lake would tolerate this for a week,", "Warren Tuttle", "Tuttle", "said"),
        ("Rural Utah shouldn’t have to either.", "Warren Tuttle", "Tuttle", "said"),
        ("a slow-motion emergency", "Rhett Ostler", "Rhett Ostler", "described"),
        ("three times in two years.", "Rhett Ostler", "Rhett Ostler", "said"),
        (
            "evaluating options,",
            "Utah Office of Air Monitoring",
            "A spokesperson for the Utah Office of Air Monitoring",
            "said",
        ),
        (
            "He’d stand on the porch and say, ‘That water will be here when we’re dust,’",
            "Dolores Hatch",
            ("she said", "she"),
            "said",
        ),
        ("Well. He was half right.", "Dolores Hatch", ("she said", "she"), "said"),
    ],
)

article(
    "blind33-en07",
    "en",
    """Whale Cove’s polar bear patrol to end Nov. 30 as funding runs out

“We will be walking our children to school with rifles,” says mayor

By Carys Whitford
October 21, 2025 - 2:45 pm

The hamlet’s night-time polar bear patrol, which has kept bears away from homes along the shoreline every fall since 2017, will stop on Nov. 30 after the charity that pays for it said it could no longer cover the costs.
The Northern Coexistence Fund told the hamlet in a letter dated Sept. 29 that its board had “reluctantly concluded” it could not renew the $140,000 grant that pays four patrollers, fuel for two trucks and a supply of cracker shells.
“We will be walking our children to school with rifles,” Mayor Lucy Tagornak told Nunatsiaq News on Tuesday. “That is not an exaggeration. That is what people did before the patrol.”
A polar bear walks along the shore near Whale Cove in October 2024. (Photo courtesy of Jonah Kuksuk)
Jonah Kuksuk has led the patrol, known locally as “Safe Shores,” for six seasons. On a busy night, he said, the patrollers chase away “five, six, sometimes eight bears” using their trucks, flares and rubber bullets.
“Last year we had zero bears killed in defence of life and property. Zero,” Kuksuk said. “The year before the patrol started, we shot four.”
At a community meeting in the hamlet gym last Thursday, about 80 residents came to hear what would happen next.
Elder Simeonie Arnattiaq, 83, speaking in Inuktitut through an interpreter, told the meeting that the bears had changed in his lifetime.
“When I was young, my father told me, ‘The bear is not your enemy, but it is not your friend.’ Now the bears come right into town, because the ice comes late and they are hungry,” he said.
“Who is going to pay for the gas?” one resident asked the mayor.
“I don’t know yet,” she replied. “But I will not stop asking until somebody does.”
In an emailed statement, the Department of Wildlife and Lands said it “recognizes the importance of community bear patrols” and was “reviewing funding options for the 2026 season.” A spokesperson did not say whether any money would be available this fall.
The MLA for the area, Jeannie Pudlat, said she would raise the issue in the legislative assembly when it sits next week.
“A community should not have to depend on a charity to keep its kids safe,” Pudlat said.
The fund’s executive director, Graham Tolliver, said the charity had supported the patrol “far longer than we ever intended to” and had warned the hamlet in 2023 that the grant would end. “This was always meant to be three years of seed money,” he said.
Share this: Facebook Twitter Email
Related: Arviat hunters report record early bear sightings""",
    [
        (
            "We will be walking our children to school with rifles,",
            "Lucy Tagornak",
            ("says mayor", "mayor"),
            "says",
        ),
        (
            "reluctantly concluded",
            "Northern Coexistence Fund",
            "The Northern Coexistence Fund",
            "told",
        ),
        (
            "We will be walking our children to school with rifles,",
            "Lucy Tagornak",
            "Lucy Tagornak",
            "told",
        ),
        (
            "That is not an exaggeration. That is what people did before the patrol.",
            "Lucy Tagornak",
            "Lucy Tagornak",
            "told",
        ),
        ("five, six, sometimes eight bears", "Jonah Kuksuk", ("he said", "he"), "said"),
        (
            "Last year we had zero bears killed in defence of life and property. Zero,",
            "Jonah Kuksuk",
            ("Kuksuk said", "Kuksuk"),
            "said",
        ),
        (
            "The year before the patrol started, we shot four.",
            "Jonah Kuksuk",
            ("Kuksuk said", "Kuksuk"),
            "said",
        ),
        (
            "When I was young, my father told me, ‘The bear is not your enemy, but it is not your friend.’ Now the bears come right into town, because the ice comes late and they are hungry,",
            "Simeonie Arnattiaq",
            ("hungry,” he said", "he"),
            "said",
        ),
        ("Who is going to pay for the gas?", "resident", "one resident", "asked"),
        ("I don’t know yet,", "Lucy Tagornak", ("she replied", "she"), "replied"),
        (
            "But I will not stop asking until somebody does.",
            "Lucy Tagornak",
            ("she replied", "she"),
            "replied",
        ),
        (
            "recognizes the importance of community bear patrols",
            "Department of Wildlife and Lands",
            "the Department of Wildlife and Lands",
            "said",
        ),
        (
            "reviewing funding options for the 2026 season.",
            "Department of Wildlife and Lands",
            "the Department of Wildlife and Lands",
            "said",
        ),
        (
            "A community should not have to depend on a charity to keep its kids safe,",
            "Jeannie Pudlat",
            "Pudlat",
            "said",
        ),
        ("far longer than we ever intended to", "Graham Tolliver", "Graham Tolliver", "said"),
        (
            "This was always meant to be three years of seed money,",
            "Graham Tolliver",
            ("money,” he said", "he"),
            "said",
        ),
    ],
    ["Safe Shores,"],
)

article(
    "blind33-en08",
    "en",
    """‘Locals are being priced off their own links’

Fury as trust votes to scrap residents’ discount at historic Fife course

By Ailsa McCrindle
October 7 2025, 5.45pm

Residents of Inverbrae will lose their discounted season tickets at the town’s historic links from April after trustees voted to bring local fees into line with those paid by visitors.
The Inverbrae Links Trust says the change is needed to help fund £3.2 million of repairs to the sea defences along the 7th and 8th holes.
But the town’s oldest golf club says the decision breaks a promise made when the course was handed to the trust in 1974.
‘Locals are being priced off their own links,’ said Inverbrae Thistle Golf Club secretary Morag Lindsay.
‘My grandfather carried clubs on this course for a shilling a round. Now my grandson can’t afford to play it.’
Campaigners outside the trust’s offices on Monday night. Picture: Rab Imrie.
About 60 campaigners gathered outside the trust’s meeting on Monday night, some holding a banner reading ‘Our links, our town’.
A season ticket for residents will rise from £395 to £1,150, a figure the golf club calls ‘simply out of reach’ for pensioners and young players.
A spokesman for the trust said: ‘Nobody on the board took this decision lightly. We have a duty to protect the course for the next hundred years, and the sea does not give discounts.’
‘If we do nothing,’ the spokesman added, ‘the 7th green will be in the Forth within ten years.’
Local councillor Fraser Dunbar said he had written to the trust’s chairman asking for ‘a pause and a proper consultation’.
He said: ‘People were told in 1974 that this would always be the town’s course. The deeds say “for the benefit of the inhabitants”. I’d like someone to explain to me how this benefits them.’
Trust chairman Alasdair Crombie told The Courier the discount cost the trust ‘around £410,000 a year’ in lost green fees.
Visitors on the first tee on Tuesday morning were less troubled by the row.
‘I paid £290 for a round today and I’d pay it again tomorrow,’ said visiting golfer Dwayne Kessler, from Houston.
The golf club has called an emergency general meeting for October 20 and says it will consider a legal challenge.
Sign up to The Courier’s Fife newsletter
More from Fife""",
    [
        ("Locals are being priced off their own links", "Morag Lindsay", None, None),
        ("Locals are being priced off their own links,", "Morag Lindsay", "Morag Lindsay", "said"),
        (
            "My grandfather carried clubs on this course for a shilling a round. Now my grandson can’t afford to play it.",
            "Morag Lindsay",
            None,
            None,
        ),
        ("simply out of reach", "Inverbrae Thistle Golf Club", "the golf club", "calls"),
        (
            "Nobody on the board took this decision lightly. We have a duty to protect the course for the next hundred years, and the sea does not give discounts.",
            "Inverbrae Links Trust",
            "A spokesman",
            "said",
        ),
        ("If we do nothing,", "Inverbrae Links Trust", "the spokesman", "added"),
        (
            "the 7th green will be in the Forth within ten years.",
            "Inverbrae Links Trust",
            "the spokesman",
            "added",
        ),
        ("a pause and a proper consultation", "Fraser Dunbar", "Fraser Dunbar", "asking"),
        (
            "People were told in 1974 that this would always be the town’s course. The deeds say “for the benefit of the inhabitants”. I’d like someone to explain to me how this benefits them.",
            "Fraser Dunbar",
            ("He said", "He"),
            "said",
        ),
        ("around £410,000 a year", "Alasdair Crombie", "Alasdair Crombie", "told"),
        (
            "I paid £290 for a round today and I’d pay it again tomorrow,",
            "Dwayne Kessler",
            "Dwayne Kessler",
            "said",
        ),
    ],
    ["Our links, our town"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind33_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
