# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind10_en.jsonl: a tenth blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a commodities wire on cocoa exporters
withholding a crop (anonymous delegates and traders), a local-TV story on a sinkhole (residents,
a public works director, a mayor's statement), a chess cheating scandal at an open tournament,
a British tabloid planning row over a TV gardener's glasshouse (straight single quotes as outer
marks, a multi-paragraph quote), a games-industry story on a delayed title and crunch (straight
double quotes with inner single quotes), a regional paper on an airliner's emergency descent, an
astronomy feature with feuding researchers (curly single quotes as outer marks, apostrophes
everywhere) and a markets story on a pet-food IPO. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind10_en.py`` after editing.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind10-en01",
    "en",
    """Cocoa exporters agree to hold back 8% of crop as prices slide, ministers say

By Hannah Okafor and Pieter Vos

LUNDE, March 4 (Reuters) - Members of the Council of Cocoa Exporting Nations agreed on Tuesday to withhold about 8% of the coming main crop from the market, two ministers said after a closed-door meeting, in an attempt to halt a four-month slide in bean prices.

“We will not sell our farmers’ work at a loss. The withholding starts on April 1 and it will be enforced,” Bakoro’s Agriculture Minister Celestine Mbaye told reporters as she left the meeting at a hotel in the capital.

The council, which groups five producers accounting for roughly half of global supply, did not publish the figure in its final communique, which said only that members would “manage flows responsibly.”

Lunde’s Trade Minister Joseph Adomako said the decision was unanimous. “There was no dissent in the room,” he said. “Everyone understands what is at stake for the growers.”

Two delegates, speaking on condition of anonymity because the talks were private, said the 8% figure was a compromise between Bakoro, which had pushed for 12%, and smaller members wary of losing market share.

“The big producers wanted to send a shock. The small ones wanted nothing at all,” one of the delegates said. “Eight is what you get when nobody is happy.”

Share this article

Read more: Chocolate makers warn of price rises as bean supply tightens

Traders were sceptical. “A withholding plan only works if the warehouses can hold the beans without them rotting, and I am not convinced they can,” said Marcus Feldt, head of soft commodities at Halvorsen Trading in Geneva, adding that similar schemes had collapsed within weeks in the past.

Another London-based trader, who asked not to be named, called the plan “a press release, not a policy.”

Benchmark May cocoa futures rose 3.1% to $4,212 a tonne after the announcement, before paring gains.

Farmers’ groups cautiously welcomed the move. Abena Tetteh, who chairs the Union of Cocoa Cooperatives in Lunde’s western region, said growers had been selling beans “below what it costs to raise them” since November.

“If the ministers keep their word, this will help,” the 58-year-old said by telephone. “If they don’t, it will be one more promise we tell our children about.”

Mbaye said the council would review the measure in June. Asked whether members could cheat by selling through neighbouring ports, she said: “Anyone who does that will answer to the rest of us. We have the shipping records.”

The council’s secretariat said in a statement that a monitoring committee chaired by Adomako would publish monthly export data, which it described as “a first for the organisation.”

(Reporting by Hannah Okafor in Lunde and Pieter Vos in Amsterdam; Editing by Clare Hughes)""",
    [
        (
            "We will not sell our farmers’ work at a loss. The withholding starts on April 1 and it will be enforced",
            "Celestine Mbaye",
            "Celestine Mbaye",
            "told",
        ),
        (
            "manage flows responsibly.",
            "Council of Cocoa Exporting Nations",
            ("The council, which", "The council"),
            ("which said only", "said"),
        ),
        (
            "There was no dissent in the room",
            "Joseph Adomako",
            ("he said", "he"),
            ("he said", "said"),
        ),
        ("Everyone understands what is at stake for the growers.", "Joseph Adomako", None, None),
        (
            "The big producers wanted to send a shock. The small ones wanted nothing at all",
            "delegate",
            "one of the delegates",
            ("delegates said", "said"),
        ),
        ("Eight is what you get when nobody is happy.", "delegate", None, None),
        (
            "A withholding plan only works if the warehouses can hold the beans without them rotting, and I am not convinced they can",
            "Marcus Feldt",
            "Marcus Feldt",
            ("said Marcus", "said"),
        ),
        ("a press release, not a policy.", "trader", "Another London-based trader", "called"),
        ("below what it costs to raise them", "Abena Tetteh", "Abena Tetteh", "said"),
        (
            "If the ministers keep their word, this will help",
            "Abena Tetteh",
            "the 58-year-old",
            ("the 58-year-old said", "said"),
        ),
        (
            "If they don’t, it will be one more promise we tell our children about.",
            "Abena Tetteh",
            None,
            None,
        ),
        (
            "Anyone who does that will answer to the rest of us. We have the shipping records.",
            "Celestine Mbaye",
            ("she said:", "she"),
            ("she said:", "said"),
        ),
        (
            "a first for the organisation.",
            "secretariat",
            "The council’s secretariat",
            "described",
        ),
    ],
)

article(
    "blind10-en02",
    "en",
    """Sinkhole swallows two cars on Brentfield street; residents say warnings were ignored

By Dana Whitcomb, KWVR News 7

Updated on: June 11, 2025 / 6:42 PM CDT

BRENTFIELD -- A sinkhole about 30 feet wide opened under Larkspur Avenue early Wednesday, swallowing two parked cars and forcing the evacuation of six homes, city officials said.

No one was hurt. Neighbors said they heard a low rumble shortly after 4 a.m.

"It sounded like thunder, but it was coming from under the house," said Teresa Ocampo, who has lived on the block for 19 years. "I looked out the window and my husband's truck was just gone."

Her husband, Ray Ocampo, said he had called the city twice this spring about cracks in the pavement. "They came out, they put a cone on it, and that was it," he told KWVR News 7.

Brentfield Public Works Director Alan Prewitt said at an afternoon briefing that a 1950s storm sewer line had collapsed, washing out the soil beneath the road. He called the failure "old pipe meeting a very wet spring."

"We inspect what we can with the budget we have," Prewitt said. "This line was on the replacement list. It was not at the top of it."

Asked about the residents' complaints, the director said the calls were logged and an inspector visited in April. "The inspector did not see anything that suggested a void of this size," he said.

Share on Facebook | Share on X | Email

Mayor Gloria Hensley said in a written statement that the city would pay for hotel rooms for the displaced families "for as long as it takes." The statement called the collapse "unacceptable" and said the mayor had asked for an outside engineering review.

Not everyone was reassured. Councilman Derek Sowell, whose district includes Larkspur Avenue, said the city had put off sewer repairs for a decade.

"We have been papering over this for years, and now somebody's car is at the bottom of a hole," Sowell said. "Next time it could be a school bus."

RELATED: Brentfield voters to decide on $40M infrastructure bond in November

Crews were pumping water from the site Wednesday evening. Prewitt said the street would likely stay closed for at least three weeks, and that cameras would be sent through the rest of the line on Thursday.

For Teresa Ocampo, the worry is what else lies beneath the block. "Every time a truck drives by now I hold my breath," the 61-year-old said. "You don't think about the ground. You just trust it's there."

The city has set up a hotline for affected residents. Its road program, "Fix Our Streets," launched last year, has repaired 14 miles of pavement so far, according to city figures.

Copyright 2025 KWVR. All rights reserved.""",
    [
        (
            "It sounded like thunder, but it was coming from under the house",
            "Teresa Ocampo",
            "Teresa Ocampo",
            ("said Teresa", "said"),
        ),
        (
            "I looked out the window and my husband's truck was just gone.",
            "Teresa Ocampo",
            None,
            None,
        ),
        (
            "They came out, they put a cone on it, and that was it",
            "Ray Ocampo",
            ("he told", "he"),
            "told",
        ),
        ("old pipe meeting a very wet spring.", "Alan Prewitt", ("He called", "He"), "called"),
        (
            "We inspect what we can with the budget we have",
            "Alan Prewitt",
            ("Prewitt said", "Prewitt"),
            ("Prewitt said", "said"),
        ),
        (
            "This line was on the replacement list. It was not at the top of it.",
            "Alan Prewitt",
            None,
            None,
        ),
        (
            "The inspector did not see anything that suggested a void of this size",
            "Alan Prewitt",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "for as long as it takes.",
            "Gloria Hensley",
            "Gloria Hensley",
            ("said in a written statement", "said"),
        ),
        ("unacceptable", "Gloria Hensley", None, "called"),
        (
            "We have been papering over this for years, and now somebody's car is at the bottom of a hole",
            "Derek Sowell",
            ("Sowell said", "Sowell"),
            ("Sowell said", "said"),
        ),
        ("Next time it could be a school bus.", "Derek Sowell", None, None),
        (
            "Every time a truck drives by now I hold my breath",
            "Teresa Ocampo",
            "the 61-year-old",
            ("the 61-year-old said", "said"),
        ),
        (
            "You don't think about the ground. You just trust it's there.",
            "Teresa Ocampo",
            None,
            None,
        ),
    ],
    ["Fix Our Streets"],
)

article(
    "blind10-en03",
    "en",
    """Grandmaster withdraws from Velden Open after arbiters find phone in washroom

Tournament director calls incident “the worst day in our 40-year history”

By Tomas Lindgren | Chess Review Weekly
Published 14 September 2025, 21:10

The Velden Open was thrown into turmoil on Saturday when Grandmaster Arkady Voronin withdrew before the eighth round, hours after arbiters found a mobile phone hidden behind a panel in a washroom used by players.

Voronin, 27, denied any wrongdoing. “I have never cheated in my life and I will not play under a cloud of suspicion,” he wrote in a post on social media. “My lawyers will deal with this.”

Chief arbiter Ingrid Maasdal said the device was discovered during a routine sweep of the playing area and handed to the police. “We found it, we documented it, and we followed the rules to the letter,” she said. “Who put it there is not for the arbiters to decide.”

The tournament director, Felix Amberg, told Chess Review Weekly the incident was “the worst day in our 40-year history.” He said the remaining rounds would go ahead with metal detectors at the entrance and a 15-minute delay on the live broadcast.

Several players said the atmosphere in the hall had changed overnight. “Everyone is looking at everyone,” said the Dutch international master Sanne de Graaf. “You go to the bathroom and you feel like you have to explain yourself.”

Follow us on Instagram and YouTube for live coverage

Voronin had been leading the event with 6.5 points from seven games, including a 23-move win over the top seed, Emil Rask, on Thursday. Rask, who finished that game in visible frustration, declined to comment on Saturday. His second, Johanna Kettunen, was less reticent.

“Emil played a normal game and got crushed by a move no human finds in two minutes,” Kettunen said. “I am not accusing anyone. I am describing the board.”

Statistician Dr. Paul Oduya, who analyses games for several federations, cautioned against drawing conclusions from single games. “Strong players find strong moves. That is why they are strong,” said Oduya. One brilliant game, he said, “proves nothing at all,” though a pattern over many events would be “a different conversation.”

The national federation said in a statement that it had opened a disciplinary file and would “cooperate fully with the police.” It added: “Until the investigation is complete, every player is presumed innocent.”

Related: Inside the anti-cheating room at the Olympiad

Voronin’s withdrawal means his results will stand for rating purposes but he cannot win a prize. The Velden Open, nicknamed “the Marathon by the Lake” by its regulars, ends on Sunday.

Photo: Velden Chess Club / handout""",
    [
        (
            "the worst day in our 40-year history",
            "Felix Amberg",
            "Tournament director",
            "calls",
        ),
        (
            "I have never cheated in my life and I will not play under a cloud of suspicion",
            "Arkady Voronin",
            ("he wrote", "he"),
            "wrote",
        ),
        ("My lawyers will deal with this.", "Arkady Voronin", None, None),
        (
            "We found it, we documented it, and we followed the rules to the letter",
            "Ingrid Maasdal",
            ("she said", "she"),
            ("she said", "said"),
        ),
        ("Who put it there is not for the arbiters to decide.", "Ingrid Maasdal", None, None),
        ("the worst day in our 40-year history.", "Felix Amberg", "Felix Amberg", "told"),
        (
            "Everyone is looking at everyone",
            "Sanne de Graaf",
            "Sanne de Graaf",
            ("said the Dutch", "said"),
        ),
        (
            "You go to the bathroom and you feel like you have to explain yourself.",
            "Sanne de Graaf",
            None,
            None,
        ),
        (
            "Emil played a normal game and got crushed by a move no human finds in two minutes",
            "Johanna Kettunen",
            ("Kettunen said", "Kettunen"),
            ("Kettunen said", "said"),
        ),
        ("I am not accusing anyone. I am describing the board.", "Johanna Kettunen", None, None),
        (
            "Strong players find strong moves. That is why they are strong",
            "Paul Oduya",
            ("said Oduya", "Oduya"),
            ("said Oduya", "said"),
        ),
        (
            "proves nothing at all",
            "Paul Oduya",
            ("he said, “proves", "he"),
            ("he said, “proves", "said"),
        ),
        ("a different conversation.", "Paul Oduya", None, None),
        (
            "cooperate fully with the police.",
            "national federation",
            "The national federation",
            ("federation said", "said"),
        ),
        (
            "Until the investigation is complete, every player is presumed innocent.",
            "national federation",
            ("It added", "It"),
            "added",
        ),
    ],
    ["the Marathon by the Lake"],
)

article(
    "blind10-en04",
    "en",
    """TV gardener Rupert Fenwick's 'monstrous' glasshouse must come down, council rules - as furious neighbours say 'we told you so'

Planning chiefs order star to demolish 40ft structure at his Cotswolds home
Presenter, 54, says he is 'heartbroken' and vows to appeal
Neighbour: 'It's like living next to an airport terminal'

By Sophie Langridge For Mailonline

Published: 17:32 BST, 3 July 2025 | Updated: 19:05 BST, 3 July 2025

TV gardener Rupert Fenwick has been ordered to tear down a vast glasshouse at his home in Nether Wickham after council planning chiefs ruled it had been built without permission and 'dominated' the village conservation area.

The 54-year-old, best known as the host of the long-running Sunday series 'Weekend Plot', is understood to have spent around £180,000 on the steel and glass structure, which is 40ft long and lit through the night.

Neighbours had complained for almost two years. Retired headteacher Margaret Oakley, 71, who lives opposite, said: 'It's like living next to an airport terminal. The lights are on until midnight and the glare comes straight into my bedroom.

'We asked him nicely, we wrote letters, we went to the parish council. He just carried on building.'

Another neighbour, who did not want to be named, said: 'He thinks because he's on the telly the rules don't apply to him. Well, they do.'

Fenwick, who shares the property with his wife, jewellery designer Clara Fenwick, told MailOnline he was 'heartbroken' by the decision.

'I built that glasshouse to grow rare orchids, not to upset anybody,' he said. 'I genuinely believed the permission we had covered it.'

He added that he would 'fight this all the way' and had instructed lawyers to lodge an appeal.

A spokesman for Harwold District Council said: 'The structure was built without the required consent and is harmful to the character of the conservation area. The owner has been given six months to remove it.'

Share or comment on this article

In a report to the planning committee, officers described the glasshouse as 'monstrous in scale' and 'wholly out of keeping' with the 17th-century cottages nearby.

Councillor Peter Haines, who chairs the committee, said the star had been treated 'exactly like anyone else would be'. 'Fame doesn't buy you an exemption,' he said.

But not everyone in the village is against the presenter. Pub landlord Steve Marsh, 48, said: 'Rupert's been good to this place. He opens his garden for charity every summer and half the village turns up. I think people have got a bit carried away.'

RELATED ARTICLES

TV presenter's £2m barn conversion sparks village fury

The 'Open Gardens' charity day, which Fenwick has hosted since 2016, raised £12,000 for the local hospice last year.

Fenwick's agent said in a statement: 'Rupert remains committed to the village and will respect whatever the final outcome is.'

Sign up to our daily newsletter""",
    [
        (
            "monstrous",
            "Harwold District Council",
            ("council rules", "council"),
            "rules",
        ),
        (
            "we told you so",
            "neighbours",
            ("furious neighbours", "neighbours"),
            ("neighbours say", "say"),
        ),
        ("heartbroken", "Rupert Fenwick", "Presenter", "says"),
        (
            "It's like living next to an airport terminal",
            "Margaret Oakley",
            ("Neighbour: '", "Neighbour"),
            None,
        ),
        (
            "dominated",
            "Harwold District Council",
            "council planning chiefs",
            "ruled",
        ),
        (
            "It's like living next to an airport terminal. The lights are on until midnight and the glare comes straight into my bedroom.",
            "Margaret Oakley",
            "Margaret Oakley",
            ("71, who lives opposite, said", "said"),
        ),
        (
            "We asked him nicely, we wrote letters, we went to the parish council. He just carried on building.",
            "Margaret Oakley",
            "Margaret Oakley",
            ("71, who lives opposite, said", "said"),
        ),
        (
            "He thinks because he's on the telly the rules don't apply to him. Well, they do.",
            "neighbour",
            "Another neighbour",
            ("be named, said", "said"),
        ),
        ("heartbroken", "Rupert Fenwick", ("Fenwick, who shares", "Fenwick"), "told"),
        (
            "I built that glasshouse to grow rare orchids, not to upset anybody",
            "Rupert Fenwick",
            ("he said. 'I genuinely", "he"),
            ("he said. 'I genuinely", "said"),
        ),
        ("I genuinely believed the permission we had covered it.", "Rupert Fenwick", None, None),
        ("fight this all the way", "Rupert Fenwick", ("He added", "He"), "added"),
        (
            "The structure was built without the required consent and is harmful to the character of the conservation area. The owner has been given six months to remove it.",
            "spokesman",
            "A spokesman",
            ("Council said", "said"),
        ),
        ("monstrous in scale", "officers", "officers", "described"),
        ("wholly out of keeping", "officers", "officers", "described"),
        (
            "exactly like anyone else would be",
            "Peter Haines",
            "Peter Haines",
            ("committee, said", "said"),
        ),
        (
            "Fame doesn't buy you an exemption",
            "Peter Haines",
            ("exemption,' he said", "he"),
            ("exemption,' he said", "said"),
        ),
        (
            "Rupert's been good to this place. He opens his garden for charity every summer and half the village turns up. I think people have got a bit carried away.",
            "Steve Marsh",
            "Steve Marsh",
            ("48, said", "said"),
        ),
        (
            "Rupert remains committed to the village and will respect whatever the final outcome is.",
            "agent",
            "Fenwick's agent",
            ("agent said", "said"),
        ),
    ],
    ["Weekend Plot", "Open Gardens"],
)

article(
    "blind10-en05",
    "en",
    """Lanternfly Games delays 'Hollow Tide' again as developers describe months of crunch

The studio's CEO says the extra year is "about quality, not chaos." Staff tell a different story.

By Priya Raman, senior reporter
Oct 2, 2025, 4:15 PM UTC
Comments (312)

Lanternfly Games has pushed back the release of its open-world sailing game Hollow Tide to late 2026, the second delay in 14 months for the Port Alder-based studio's most expensive project.

"We made a promise to players that this game would be worth the wait, and we are not going to break it by shipping something unfinished," CEO Marta Quill wrote in a blog post on Thursday. "The extra year is about quality, not chaos."

Quill said the team had "rebuilt the sailing physics from scratch" after playtests earlier this year and that no jobs would be cut.

But four current and former developers, who spoke to Pixel Ledger on condition of anonymity because they feared retaliation, described a studio where 60-hour weeks had become routine since spring.

"Every milestone is 'the last push,' and then there's another one," said one senior environment artist. "People are sleeping under their desks. That's not a figure of speech."

Another developer said management had "moved the goalposts every month" and that morale was "the lowest I've seen in ten years of doing this."

Read more: The quiet collapse of the mid-sized game studio

In a statement to Pixel Ledger, a Lanternfly spokesperson said the company "does not require or encourage overtime" and that staff were compensated for extra hours. "We take any concern raised by our team seriously and we have channels for raising them," the spokesperson said.

The studio's workers voted to form a union, the Game Workers Guild of Port Alder, in March. Its president, level designer Kofi Brandt, said the delay did not surprise him.

"Delays are fine. Delays are normal," Brandt said. "What isn't normal is announcing a date you know is impossible and then making the team eat the difference."

Industry analyst Rachel Dunmore of Coldwater Research said investors had largely shrugged off the news, with the publisher's shares down less than 1% by the close. "The market priced in a delay months ago," Dunmore said in an email. "What it hasn't priced in is a third one."

Hollow Tide was first shown in 2022 with a trailer set to the sea shanty "Salt in the Wound", which became a minor viral hit and has been streamed millions of times.

Lanternfly's publisher, Gannet Interactive, said it "fully supports" the new schedule and had no plans to change the studio's leadership.

Quill, for her part, struck a conciliatory tone in a message to staff that was shared with Pixel Ledger. "I know this year has asked a lot of you," she wrote, "and I want the next one to ask less."

Most Popular""",
    [
        ("about quality, not chaos.", "Marta Quill", ("studio's CEO", "CEO"), "says"),
        (
            "We made a promise to players that this game would be worth the wait, and we are not going to break it by shipping something unfinished",
            "Marta Quill",
            "Marta Quill",
            "wrote",
        ),
        ("The extra year is about quality, not chaos.", "Marta Quill", None, None),
        (
            "rebuilt the sailing physics from scratch",
            "Marta Quill",
            ("Quill said", "Quill"),
            ("Quill said", "said"),
        ),
        (
            "Every milestone is 'the last push,' and then there's another one",
            "artist",
            "one senior environment artist",
            ("said one", "said"),
        ),
        (
            "People are sleeping under their desks. That's not a figure of speech.",
            "artist",
            None,
            None,
        ),
        (
            "moved the goalposts every month",
            "developer",
            "Another developer",
            ("developer said", "said"),
        ),
        (
            "the lowest I've seen in ten years of doing this.",
            "developer",
            "Another developer",
            ("developer said", "said"),
        ),
        (
            "does not require or encourage overtime",
            "spokesperson",
            "a Lanternfly spokesperson",
            ("spokesperson said the", "said"),
        ),
        (
            "We take any concern raised by our team seriously and we have channels for raising them",
            "spokesperson",
            ("the spokesperson said", "the spokesperson"),
            ("the spokesperson said", "said"),
        ),
        (
            "Delays are fine. Delays are normal",
            "Kofi Brandt",
            ("Brandt said", "Brandt"),
            ("Brandt said", "said"),
        ),
        (
            "What isn't normal is announcing a date you know is impossible and then making the team eat the difference.",
            "Kofi Brandt",
            None,
            None,
        ),
        (
            "The market priced in a delay months ago",
            "Rachel Dunmore",
            ("Dunmore said", "Dunmore"),
            ("Dunmore said", "said"),
        ),
        ("What it hasn't priced in is a third one.", "Rachel Dunmore", None, None),
        (
            "fully supports",
            "Gannet Interactive",
            "Gannet Interactive",
            ("Interactive, said", "said"),
        ),
        ("I know this year has asked a lot of you", "Marta Quill", ("she wrote", "she"), "wrote"),
        ("and I want the next one to ask less.", "Marta Quill", ("she wrote", "she"), "wrote"),
    ],
    ["Hollow Tide", "Salt in the Wound"],
)

article(
    "blind10-en06",
    "en",
    """Passengers describe ‘terrifying’ plunge as Skyvale flight makes emergency landing at Carrick

By Owen Pritchard, Transport Correspondent
Friday 21 November 2025 08:47 GMT

Passengers on a Skyvale Airways flight from Carrick to Dunmere have described scenes of panic after the aircraft lost cabin pressure and dropped more than 20,000 feet in under four minutes on Thursday evening.

Flight SV412, a twin-engine turboprop carrying 64 passengers and four crew, turned back 25 minutes after take-off and landed safely at Carrick Airport at 7.12pm. Three people were treated in hospital for ear injuries and later discharged.

“The masks dropped and for a second nobody moved, and then everyone was screaming,” said Leah Brannigan, 29, who was travelling to a job interview. “The woman next to me was praying out loud. I just held her hand.”

Another passenger, retired firefighter Desmond Kyle, praised the crew. “They were calm, they were clear, they told us exactly what to do,” he said. “I’ve been in burning buildings that felt less frightening, but those two cabin attendants were magnificent.”

Skyvale said in a statement that the crew had followed “standard procedures for a rapid decompression” and that the aircraft had landed “without further incident”. The airline apologised to passengers and said it would offer full refunds and 10,000 points on its “Skyvale Plus” loyalty scheme.

Sign up for our free Travel newsletter

The Air Safety Investigation Branch said it had sent a team of three inspectors to Carrick. Its chief inspector, Dr Fiona Gallagher, told the Carrick Chronicle it was “far too early” to say what had caused the loss of pressure.

“We will look at the aircraft, the maintenance history and the crew’s actions, in that order,” Dr Gallagher said. “A preliminary report will be published within 30 days.”

The incident is the second involving a Skyvale aircraft this year. In March, one of its planes aborted a take-off at Dunmere after a warning light came on in the cockpit.

Tom Reddin, regional organiser for the Flight Crew Alliance, said members had raised concerns about the pace of maintenance on the airline’s ageing fleet. “Our pilots are telling us the engineers are stretched, the spares are late and the schedule comes first,” he said. “That is not a culture anybody should accept.”

Skyvale’s chief executive, Marianne Lusk, rejected the claim. Safety, she said, was “the first thing we talk about in every meeting and the last thing we would ever cut”.

“Our fleet is fully certified and maintained to the highest standard,” Ms Lusk added. “I will personally meet any passenger who wants to speak to me.”

Read more: Regional airports see record passenger numbers despite fare rises

Ms Brannigan, who missed her interview, said she would not be taking up the offer. “I don’t need a meeting,” she said. “I need to know it won’t happen again.”

Photograph: Reader submission""",
    [
        ("terrifying", "passengers", "Passengers", "describe"),
        (
            "The masks dropped and for a second nobody moved, and then everyone was screaming",
            "Leah Brannigan",
            "Leah Brannigan",
            ("said Leah", "said"),
        ),
        (
            "The woman next to me was praying out loud. I just held her hand.",
            "Leah Brannigan",
            None,
            None,
        ),
        (
            "They were calm, they were clear, they told us exactly what to do",
            "Desmond Kyle",
            ("he said. “I’ve", "he"),
            ("he said. “I’ve", "said"),
        ),
        (
            "I’ve been in burning buildings that felt less frightening, but those two cabin attendants were magnificent.",
            "Desmond Kyle",
            None,
            None,
        ),
        (
            "standard procedures for a rapid decompression",
            "Skyvale Airways",
            ("Skyvale said", "Skyvale"),
            ("Skyvale said", "said"),
        ),
        (
            "without further incident",
            "Skyvale Airways",
            ("Skyvale said", "Skyvale"),
            ("Skyvale said", "said"),
        ),
        ("far too early", "Fiona Gallagher", "Fiona Gallagher", "told"),
        (
            "We will look at the aircraft, the maintenance history and the crew’s actions, in that order",
            "Fiona Gallagher",
            ("Dr Gallagher said", "Dr Gallagher"),
            ("Dr Gallagher said", "said"),
        ),
        ("A preliminary report will be published within 30 days.", "Fiona Gallagher", None, None),
        (
            "Our pilots are telling us the engineers are stretched, the spares are late and the schedule comes first",
            "Tom Reddin",
            ("he said. “That", "he"),
            ("he said. “That", "said"),
        ),
        ("That is not a culture anybody should accept.", "Tom Reddin", None, None),
        (
            "the first thing we talk about in every meeting and the last thing we would ever cut",
            "Marianne Lusk",
            ("Safety, she said", "she"),
            ("Safety, she said", "said"),
        ),
        (
            "Our fleet is fully certified and maintained to the highest standard",
            "Marianne Lusk",
            "Ms Lusk",
            "added",
        ),
        (
            "I will personally meet any passenger who wants to speak to me.",
            "Marianne Lusk",
            None,
            None,
        ),
        (
            "I don’t need a meeting",
            "Leah Brannigan",
            ("meeting,” she said", "she"),
            ("meeting,” she said", "said"),
        ),
        ("I need to know it won’t happen again.", "Leah Brannigan", None, None),
    ],
    ["Skyvale Plus"],
)

article(
    "blind10-en07",
    "en",
    """Is it a comet or a visitor from another star? Astronomers split over object 2025 KX

The faint object spotted in August is moving too fast to belong to the solar system, some say. Others are not so sure

Science Desk | By Imogen Hartley | 9 December 2025

When the survey telescope at Carn Dubh Observatory picked up a faint smudge crossing the constellation of Pisces in August, nobody expected it to start an argument. Four months later, object 2025 KX has divided the small community of astronomers who study interstellar visitors.

‘The numbers are unambiguous,’ says Dr Nadia Okonkwo, who leads the orbit-fitting team at the observatory. ‘It is travelling at 31 kilometres a second relative to the Sun. Nothing bound to our solar system moves like that.’

Okonkwo and her colleagues submitted a paper, titled ‘A Hyperbolic Visitor in the Outer Solar System’, to a leading journal in October. The preprint has already been downloaded more than 40,000 times.

Not everyone is convinced. Professor Henrik Sollner of the University of Brannock, who has spent 30 years modelling cometary orbits, argues that a close pass by Jupiter in 2019 could have flung an ordinary comet on to an escape path.

‘You can get a hyperbolic orbit from a perfectly ordinary comet if it gets a kick from a giant planet,’ he told me. ‘Before we call something interstellar, we should rule out the boring explanation. We haven’t done that yet.’

Sollner’s group has run 10,000 simulations. In about 4 per cent of them, he says, an ordinary comet ends up on a path like that of 2025 KX. ‘That is not nothing,’ he adds.

Okonkwo calls the Jupiter scenario ‘ingenious but unlikely’. Her team’s data, she says, shows no sign of the close approach it would require.

Newsletter: Get the week’s best science stories in your inbox every Friday

The disagreement has been unusually public. At a conference in Halden in November, a session on the object ran an hour over time. One attendee, a planetary scientist who asked not to be named because she is reviewing one of the papers, described the mood in the room as ‘polite, but only just’.

A third view comes from Dr Tariq Anwar, a spectroscopist at the Meridian Space Institute, who thinks the answer lies in the object’s chemistry rather than its path.

‘If it formed around another star, it may have a different mix of carbon and nitrogen from our comets,’ Anwar says. ‘We have three nights booked on the big telescope in February. If the lines are there, we will see them.

‘And if they are not there, that tells us something too. Either way, the orbit argument alone will never settle it.’

For now, the object has been nicknamed ‘Wanderer’ by the observatory’s outreach team, a name Okonkwo admits she finds ‘a bit romantic’.

Whatever it turns out to be, 2025 KX is fading fast. By the spring, says Sollner, ‘it will be too faint for anyone to argue about’.""",
    [
        ("The numbers are unambiguous", "Nadia Okonkwo", "Nadia Okonkwo", "says"),
        (
            "It is travelling at 31 kilometres a second relative to the Sun. Nothing bound to our solar system moves like that.",
            "Nadia Okonkwo",
            "Nadia Okonkwo",
            "says",
        ),
        (
            "You can get a hyperbolic orbit from a perfectly ordinary comet if it gets a kick from a giant planet",
            "Henrik Sollner",
            ("he told me", "he"),
            ("he told me", "told"),
        ),
        (
            "Before we call something interstellar, we should rule out the boring explanation. We haven’t done that yet.",
            "Henrik Sollner",
            None,
            None,
        ),
        ("That is not nothing", "Henrik Sollner", ("he adds", "he"), ("he adds", "adds")),
        ("ingenious but unlikely", "Nadia Okonkwo", ("Okonkwo calls", "Okonkwo"), "calls"),
        ("polite, but only just", "scientist", "a planetary scientist", "described"),
        (
            "If it formed around another star, it may have a different mix of carbon and nitrogen from our comets",
            "Tariq Anwar",
            ("Anwar says", "Anwar"),
            ("Anwar says", "says"),
        ),
        (
            "We have three nights booked on the big telescope in February. If the lines are there, we will see them.",
            "Tariq Anwar",
            ("Anwar says", "Anwar"),
            ("Anwar says", "says"),
        ),
        (
            "And if they are not there, that tells us something too. Either way, the orbit argument alone will never settle it.",
            "Tariq Anwar",
            ("Anwar says", "Anwar"),
            ("Anwar says", "says"),
        ),
        ("a bit romantic", "Nadia Okonkwo", ("Okonkwo admits", "Okonkwo"), "admits"),
        (
            "it will be too faint for anyone to argue about",
            "Henrik Sollner",
            ("says Sollner", "Sollner"),
            ("says Sollner", "says"),
        ),
    ],
    ["A Hyperbolic Visitor in the Outer Solar System", "Wanderer"],
)

article(
    "blind10-en08",
    "en",
    """Pawprint Foods Jumps 38% in Trading Debut After Pricing IPO Above Range

By Daniel Achterberg and Lucy Moreno
November 20, 2025 at 3:58 PM UTC
Updated on November 20, 2025 at 6:20 PM UTC

Pawprint Foods Inc., the maker of fresh refrigerated dog food, soared in its trading debut after raising $640 million in an initial public offering priced above the marketed range.

Shares opened at $29.50 in New York on Thursday and closed at $34.55, giving the company a market value of about $5.8 billion.

“This is the moment the category grew up,” Chief Executive Officer Hallie Brekke said in an interview on the exchange floor. “Five years ago people laughed at the idea of fresh food for dogs. Today it’s in 9,000 stores.”

The Castlemoor-based company sold 25.6 million shares at $25 each, after marketing them at $21 to $23, according to a statement. The offering was more than 20 times oversubscribed, according to people familiar with the matter, who asked not to be identified because the information is private.

“Demand was extraordinary, frankly more than any consumer deal we’ve seen this year,” one of the bankers working on the listing said.

Pawprint had net income of $41 million on sales of $1.1 billion in the 12 months through September, according to its filing. Brekke, 46, who co-founded the company with her brother Anders in 2016 out of a rented kitchen, said the proceeds would fund two new plants.

“We’re not going to spend this on marketing,” she said. “We’re going to spend it on steel and refrigerators.”

Subscribe to the Deals Daily newsletter

Not all investors were enthusiastic. Nora Castellano, a portfolio manager at Ridgeline Asset Management, said she passed on the deal because of the valuation, which at the closing price put Pawprint at about 140 times earnings.

“It’s a great business at a silly price,” Castellano said. “Dog owners are loyal until the recession, and then they discover kibble again.”

Michael Ostrow, an analyst at Greyfield Partners who follows consumer listings, called the debut “a signal that the IPO window is open for brands with real profits,” though he cautioned that the trade could reverse quickly.

“The first day is a popularity contest,” he said. “The first earnings report is the real exam.”

Pawprint’s largest shareholder, private equity firm Thistle Capital, didn’t sell any shares in the offering. A Thistle spokeswoman declined to comment.

The listing, which trades under the ticker “PAWS,” was led by Harrow Brothers and Lindqvist & Co. It is the third-largest consumer IPO in the US this year.

Asked whether she worried about the valuation, Brekke laughed. “Ask me in a year,” she said.

—With assistance from Tom Keogh

Have a confidential tip for our reporters? Get in touch""",
    [
        (
            "This is the moment the category grew up",
            "Hallie Brekke",
            "Hallie Brekke",
            ("Hallie Brekke said", "said"),
        ),
        (
            "Five years ago people laughed at the idea of fresh food for dogs. Today it’s in 9,000 stores.",
            "Hallie Brekke",
            None,
            None,
        ),
        (
            "Demand was extraordinary, frankly more than any consumer deal we’ve seen this year",
            "banker",
            "one of the bankers",
            ("listing said", "said"),
        ),
        (
            "We’re not going to spend this on marketing",
            "Hallie Brekke",
            ("marketing,” she said", "she"),
            ("marketing,” she said", "said"),
        ),
        ("We’re going to spend it on steel and refrigerators.", "Hallie Brekke", None, None),
        (
            "It’s a great business at a silly price",
            "Nora Castellano",
            ("Castellano said", "Castellano"),
            ("Castellano said", "said"),
        ),
        (
            "Dog owners are loyal until the recession, and then they discover kibble again.",
            "Nora Castellano",
            None,
            None,
        ),
        (
            "a signal that the IPO window is open for brands with real profits",
            "Michael Ostrow",
            "Michael Ostrow",
            "called",
        ),
        (
            "The first day is a popularity contest",
            "Michael Ostrow",
            ("contest,” he said", "he"),
            ("contest,” he said", "said"),
        ),
        ("The first earnings report is the real exam.", "Michael Ostrow", None, None),
        (
            "Ask me in a year",
            "Hallie Brekke",
            ("year,” she said", "she"),
            ("year,” she said", "said"),
        ),
    ],
    ["PAWS"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind10_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
