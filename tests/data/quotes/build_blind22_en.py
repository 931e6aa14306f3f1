# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind22_en.jsonl: a twenty-second blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries and cities aside). Beats and
outlets imitated: a city council loosening its tree-protection ordinance (The Seattle Times: a
headline quote, a slogan on T-shirts, a city office's written analysis, a builders' association
statement, a photo credit), water-release talks between two upstream and downstream countries
(Al Jazeera English: straight marks, an anonymous observer diplomat, a ministry statement,
a farmer quoted through an interpreter, "Keep reading" residue), a temple elephant ordered into
retirement (The Hindu: Mr./Dr. with initials, a dek quote, a department's order, a nested inner
command word, a placard slogan), an inquest into a paddleboarder's drowning at a weir (Sky News:
a coroner, a witness statement, a multi-paragraph family statement, a trust's spokesperson),
smart glasses that recognise faces (The Verge: a feature name in marks, an emailed company
statement, a CEO's post on X, a complaint), a festival day cancelled for wind (Billboard:
straight marks, a headline quote from an Instagram statement, a song title, an app status in
marks, a promoter's representative), a manager ejected after a pitch-clock call (ESPN: a
headline quote, an umpire's pool-reporter statement, a reporter's question in the clubhouse)
and residents fighting a columbarium (South China Morning Post: Cantonese names with English
given names, Madam, a developer's written reply, a resident who gives only his surname).
Titles, feature names, slogans and app labels in marks are listed as non-quotes.
Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind22_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind22-en01",
    "en",
    """“A loss for every block”: Seattle council loosens tree rules for new housing

Sept. 9, 2026 at 6:12 pm | Updated Sept. 9, 2026 at 8:40 pm

By Nora Lindgren
Seattle Times staff reporter

The Seattle City Council voted 6-3 on Tuesday to loosen the city’s tree-protection ordinance, allowing developers to remove more large trees on lots zoned for new housing as long as they pay into a replanting fund.
Supporters said the change would unstick dozens of stalled projects. “We have permits sitting in a drawer because of a single big-leaf maple on the back lot line,” said council member Dario Fenwick, who sponsored the amendment. “Meanwhile, families are paying $2,800 a month for a one-bedroom in Rainier Valley.”
Opponents packed the chamber, many of them wearing green T-shirts printed with the slogan “Shade Is Infrastructure.” Marisol Achebe-Tran, who chairs the neighborhood group Canopy Seattle, called the vote “a loss for every block in this city.”
“These trees took eighty years to grow,” she said. “You can’t buy that back with a fee.”
Residents hold signs during public comment at City Hall on Tuesday. (Kenji Moreau / The Seattle Times)
Under the amendment, builders who remove a tree more than 24 inches in diameter would pay $9,500 into the fund, up from $4,000. The Office of Sustainability and Environment said in a written analysis that the fee would cover “roughly two to three replacement trees, planted and watered for five years.”
Council member Priya Okonkwo, who voted no, said she was not persuaded. “The replacement trees go where land is cheap,” Okonkwo said, “and that is not where the heat is worst.” She pointed to the office’s own map, which shows South Park and Georgetown with less than 15% canopy cover, against more than 40% in parts of the north end.
The Master Builders Association of King and Snohomish Counties welcomed the vote. In a statement, the group said the old rules had “added months and tens of thousands of dollars to projects that the region badly needs.”
Mayor Luis Abernathy is expected to sign the bill next week. “This gets shovels in the ground without giving up on shade,” Abernathy said in a statement released after the vote.
Fenwick acknowledged the frustration in the room. “I hear you,” he told the crowd just before the roll call. “I just don’t think a tree is more important than a roof.”
The ordinance takes effect 30 days after the mayor signs it. Canopy Seattle said it was weighing a referendum.
Sign up for Climate Lab, our free weekly newsletter on how the region is changing. Subscribe
Most Read Local Stories""",
    [
        ("A loss for every block", "Marisol Achebe-Tran", None, None),
        (
            "We have permits sitting in a drawer because of a single big-leaf maple on the back lot line,",
            "Dario Fenwick",
            "Dario Fenwick",
            ("said council member", "said"),
        ),
        (
            "Meanwhile, families are paying $2,800 a month for a one-bedroom in Rainier Valley.",
            "Dario Fenwick",
            "Dario Fenwick",
            ("said council member", "said"),
        ),
        (
            "a loss for every block in this city.",
            "Marisol Achebe-Tran",
            "Marisol Achebe-Tran",
            "called",
        ),
        (
            "These trees took eighty years to grow,",
            "Marisol Achebe-Tran",
            ("she said", "she"),
            "said",
        ),
        ("You can’t buy that back with a fee.", "Marisol Achebe-Tran", ("she said", "she"), "said"),
        (
            "roughly two to three replacement trees, planted and watered for five years.",
            "Office of Sustainability and Environment",
            "The Office of Sustainability and Environment",
            ("Environment said", "said"),
        ),
        (
            "The replacement trees go where land is cheap,",
            "Priya Okonkwo",
            ("Okonkwo said", "Okonkwo"),
            ("Okonkwo said", "said"),
        ),
        (
            "and that is not where the heat is worst.",
            "Priya Okonkwo",
            ("Okonkwo said", "Okonkwo"),
            ("Okonkwo said", "said"),
        ),
        (
            "added months and tens of thousands of dollars to projects that the region badly needs.",
            "Master Builders Association of King and Snohomish Counties",
            "the group",
            ("the group said", "said"),
        ),
        (
            "This gets shovels in the ground without giving up on shade,",
            "Luis Abernathy",
            ("Abernathy said", "Abernathy"),
            ("Abernathy said", "said"),
        ),
        ("I hear you,", "Dario Fenwick", ("he told", "he"), "told"),
        (
            "I just don’t think a tree is more important than a roof.",
            "Dario Fenwick",
            ("he told", "he"),
            "told",
        ),
    ],
    ["Shade Is Infrastructure."],
)

article(
    "blind22-en02",
    "en",
    """Kyrgyzstan, Tajikistan fail to agree on summer water from Kara-Suu reservoir

Talks in Dushanbe end without a deal as farmers downstream warn that this year's cotton crop is at risk.

By Aigerim Sultanova
Published On 14 Jun 2026
14 Jun 2026

Talks between Kyrgyzstan and Tajikistan over summer water releases from the Kara-Suu reservoir ended in Dushanbe on Saturday without an agreement, leaving farmers in the Fergana Valley uncertain whether they will have enough water to irrigate their fields.
The two delegations met for three days behind closed doors. Kyrgyz Deputy Energy Minister Temirlan Osmonov told reporters after the final session that his country could not release more water "without freezing our own people in winter".
"Every cubic metre we let out in July is electricity we do not have in January," Osmonov said. "Our partners know this. We have shown them the figures."
Tajikistan's Ministry of Energy and Water Resources said in a statement that it "regretted the lack of flexibility" shown by the Kyrgyz side and would ask for a new round of talks "before the end of the month".
A diplomat from a third country who attended the talks as an observer, speaking on condition of anonymity because he was not authorised to brief the media, said the gap between the two sides was "not technical, it is political".
Keep reading
list of 3 items
list 1 of 3
Why Central Asia's glaciers are shrinking faster than expected
end of list
In the village of Navbahor, 40km downstream, farmer Rustam Kodirov, 58, walked Al Jazeera along an irrigation canal that was half empty in the middle of June.
"Last year the water came two weeks late and I lost a third of my cotton," he said, speaking through an interpreter. "If it comes late again, I will have to sell the cow. My son already works in Russia. Maybe I will follow him."
His neighbour, Gulnora Rahimova, said the women of the village had begun rationing drinking water. "We fill the buckets at night, when the pressure is better," she said.
The Kara-Suu dam, completed in 1989, holds about 14 billion cubic metres of water and feeds a hydropower station that supplies roughly a third of Kyrgyzstan's electricity in winter.
Regional water expert Dilnoza Yusupova of the Tashkent-based Centre for Water Policy said both countries were "prisoners of a Soviet system that no longer exists".
"Under the old arrangement, coal and gas went upstream in winter so that water could flow downstream in summer," she explained. "That deal died in 1991, but nobody wrote a new one."
The Kyrgyz side has proposed that downstream countries pay for summer water in electricity or fuel, an idea Tajik officials have described as "unacceptable in principle".
No date has been set for the next round of talks.
Source: Al Jazeera""",
    [
        (
            "without freezing our own people in winter",
            "Temirlan Osmonov",
            "Temirlan Osmonov",
            "told",
        ),
        (
            "Every cubic metre we let out in July is electricity we do not have in January,",
            "Temirlan Osmonov",
            ("Osmonov said", "Osmonov"),
            ("Osmonov said", "said"),
        ),
        (
            "Our partners know this. We have shown them the figures.",
            "Temirlan Osmonov",
            ("Osmonov said", "Osmonov"),
            ("Osmonov said", "said"),
        ),
        (
            "regretted the lack of flexibility",
            "Ministry of Energy and Water Resources",
            "Tajikistan's Ministry of Energy and Water Resources",
            ("Resources said", "said"),
        ),
        (
            "before the end of the month",
            "Ministry of Energy and Water Resources",
            "Tajikistan's Ministry of Energy and Water Resources",
            ("Resources said", "said"),
        ),
        (
            "not technical, it is political",
            "diplomat",
            "A diplomat from a third country",
            ("said the gap", "said"),
        ),
        (
            "Last year the water came two weeks late and I lost a third of my cotton,",
            "Rustam Kodirov",
            ("he said", "he"),
            "said",
        ),
        (
            "If it comes late again, I will have to sell the cow. My son already works in Russia. Maybe I will follow him.",
            "Rustam Kodirov",
            ("he said", "he"),
            "said",
        ),
        (
            "We fill the buckets at night, when the pressure is better,",
            "Gulnora Rahimova",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "prisoners of a Soviet system that no longer exists",
            "Dilnoza Yusupova",
            "Dilnoza Yusupova",
            ("Policy said", "said"),
        ),
        (
            "Under the old arrangement, coal and gas went upstream in winter so that water could flow downstream in summer,",
            "Dilnoza Yusupova",
            ("she explained", "she"),
            "explained",
        ),
        (
            "That deal died in 1991, but nobody wrote a new one.",
            "Dilnoza Yusupova",
            ("she explained", "she"),
            "explained",
        ),
        ("unacceptable in principle", "officials", "Tajik officials", "have described"),
    ],
)

article(
    "blind22-en03",
    "en",
    """Temple elephant Keshavan to be shifted to rehabilitation centre; devotees protest

Forest department says 61-year-old tusker is ‘unfit for processions’; temple committee to move High Court

Special Correspondent
THRISSUR
Updated - September 10, 2026 09:14 pm IST

READ LATER
PRINT

The Forest department on Wednesday directed the Sree Valiyaparambu Devaswom to hand over its 61-year-old elephant, Keshavan, to the Kottur elephant rehabilitation centre within 30 days, citing chronic foot disease and repeated episodes of musth.
In its order, signed by Chief Wildlife Warden K. Rajasekharan Nair, the department states that the tusker is “unfit for processions, parading or any activity involving crowds” and that his continued use “would amount to cruelty under Section 11 of the Prevention of Cruelty to Animals Act”.
Speaking to The Hindu, Mr. Nair said the decision was based on the reports of three veterinary surgeons. “We are not against temple traditions. But an elephant with cracked footpads cannot walk eight kilometres on tar at noon,” he said.
The devaswom’s president, P.M. Sreedharan, said the committee would approach the High Court. “Keshavan has been with us for 44 years. The devotees consider him a member of the family,” Mr. Sreedharan said, adding that the elephant had been “treated better than most people in this village”.
Hundreds of devotees gathered at the temple premises on Wednesday evening, raising slogans and holding placards reading “Keshavan Stays Home”. Police said the gathering was peaceful.
Keshavan’s mahout of 22 years, C. Unnikrishnan, said the animal was calm and obeyed every command. “He knows my voice. When I say ‘ira’, he lifts his foot. He has never hurt anyone,” he said.
Animal rights activist Devika Menon, who had filed the original complaint in 2024, welcomed the decision. “For years we were told ‘wait till after the festival season’. There is always another festival,” she said. She urged the government to bring all captive elephants in the district under a “single, transparent health register”.
Veterinary surgeon Dr. Anitha Varghese, who examined the elephant in July, told The Hindu that the animal needed “at least a year of rest on soft ground” and a diet lower in jaggery and rice.
According to Forest department records, 38 captive elephants remain in Thrissur district, most of them owned by temples and private trusts. Eleven of them are over 55 years old.
Devaswom Minister V.K. Harikumar said the government would take a “humane decision acceptable to the believers” after consulting all parties, including the temple committee and the department.
Related Topics
Thrissur / animal welfare / Kerala""",
    [
        ("unfit for processions", "Forest department", "Forest department", "says"),
        (
            "unfit for processions, parading or any activity involving crowds",
            "Forest department",
            "the department",
            "states",
        ),
        (
            "would amount to cruelty under Section 11 of the Prevention of Cruelty to Animals Act",
            "Forest department",
            "the department",
            "states",
        ),
        (
            "We are not against temple traditions. But an elephant with cracked footpads cannot walk eight kilometres on tar at noon,",
            "K. Rajasekharan Nair",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "Keshavan has been with us for 44 years. The devotees consider him a member of the family,",
            "P.M. Sreedharan",
            "Mr. Sreedharan",
            ("Sreedharan said", "said"),
        ),
        (
            "treated better than most people in this village",
            "P.M. Sreedharan",
            "Mr. Sreedharan",
            "adding",
        ),
        (
            "He knows my voice. When I say ‘ira’, he lifts his foot. He has never hurt anyone,",
            "C. Unnikrishnan",
            ("anyone,” he said", "he"),
            ("anyone,” he said", "said"),
        ),
        (
            "For years we were told ‘wait till after the festival season’. There is always another festival,",
            "Devika Menon",
            ("she said", "she"),
            ("she said", "said"),
        ),
        ("single, transparent health register", "Devika Menon", "She", "urged"),
        (
            "at least a year of rest on soft ground",
            "Anitha Varghese",
            "Dr. Anitha Varghese",
            "told",
        ),
        (
            "humane decision acceptable to the believers",
            "V.K. Harikumar",
            "V.K. Harikumar",
            ("Harikumar said", "said"),
        ),
    ],
    ["Keshavan Stays Home"],
)

article(
    "blind22-en04",
    "en",
    """Coroner warns of ‘hidden danger’ of weirs after paddleboarder’s death

By Hannah Blythe, news reporter
Friday 12 June 2026 15:40, UK

Why you can trust Sky News

A coroner has warned that weirs pose a “hidden danger” to paddleboarders after a 27-year-old woman drowned on the River Severn last summer.
Ellie Marchetti, a primary school teacher from Worcester, was swept over Hallow Mill weir on 3 August 2025 after she and two friends paddled downstream from the city centre on a hot Sunday afternoon.
Concluding the inquest in Worcester on Friday, area coroner Jonathan Pryce-Williams recorded a conclusion of misadventure.
“From upstream, a weir looks like nothing more than a line on the water,” he said. “Ellie had no way of knowing what was waiting for her below it.”
He said he would write a prevention of future deaths report to the Severn Waterways Trust, which manages the weir, asking it to consider “clear, visible warning signs at least 200 metres upstream”.
Image: Ellie Marchetti taught at a Worcester primary school. Pic: Family handout
The inquest heard that the only sign near the weir had been “obscured by ivy for at least two years”, according to a witness statement from a local angler, Gareth Ndlovu.
One of Ms Marchetti’s friends, Sophie Kaur, told the hearing she had tried to reach her as the current took hold. “I heard her shout ‘it’s pulling me’ and then she was gone,” she said, breaking down. “I keep thinking, if we’d turned back five minutes earlier...”
In a statement read on her behalf, her mother, Rosa Marchetti, said: “Ellie loved the water. She was careful, she wore a buoyancy aid, she did everything right.
“We do not want another family to sit where we have sat. Please, put up the signs.”
Read more from Sky News:
Teenager rescued after falling into quarry lake
Heatwave warning issued for parts of England
A spokesperson for the Severn Waterways Trust said: “Our thoughts remain with Ellie’s family. We will study the coroner’s report carefully and respond in full.”
The trust added that it had cut back vegetation and installed a second sign since the death.
Sales of inflatable paddleboards have soared since the pandemic, and instructors say many newcomers head out on rivers with no training at all.
Dan Ferreira, who runs a paddle school in Upton-upon-Severn, said many beginners “have never heard the word weir, let alone know what one does”.
Follow Sky News on WhatsApp""",
    [
        ("hidden danger", "Jonathan Pryce-Williams", "Coroner", "warns"),
        ("hidden danger", "Jonathan Pryce-Williams", "A coroner", "has warned"),
        (
            "From upstream, a weir looks like nothing more than a line on the water,",
            "Jonathan Pryce-Williams",
            ("he said", "he"),
            "said",
        ),
        (
            "Ellie had no way of knowing what was waiting for her below it.",
            "Jonathan Pryce-Williams",
            ("he said", "he"),
            "said",
        ),
        (
            "clear, visible warning signs at least 200 metres upstream",
            "Jonathan Pryce-Williams",
            ("He said he would", "He"),
            "asking",
        ),
        (
            "obscured by ivy for at least two years",
            "Gareth Ndlovu",
            "Gareth Ndlovu",
            "according to",
        ),
        (
            "I heard her shout ‘it’s pulling me’ and then she was gone,",
            "Sophie Kaur",
            ("she said, breaking", "she"),
            ("she said, breaking", "said"),
        ),
        (
            "I keep thinking, if we’d turned back five minutes earlier...",
            "Sophie Kaur",
            ("she said, breaking", "she"),
            ("she said, breaking", "said"),
        ),
        (
            "Ellie loved the water. She was careful, she wore a buoyancy aid, she did everything right.",
            "Rosa Marchetti",
            "Rosa Marchetti",
            ("Rosa Marchetti, said", "said"),
        ),
        (
            "We do not want another family to sit where we have sat. Please, put up the signs.",
            "Rosa Marchetti",
            "Rosa Marchetti",
            ("Rosa Marchetti, said", "said"),
        ),
        (
            "Our thoughts remain with Ellie’s family. We will study the coroner’s report carefully and respond in full.",
            "Severn Waterways Trust",
            "A spokesperson for the Severn Waterways Trust",
            ("Trust said", "said"),
        ),
        (
            "have never heard the word weir, let alone know what one does",
            "Dan Ferreira",
            "Dan Ferreira",
            ("Severn, said", "said"),
        ),
    ],
)

article(
    "blind22-en05",
    "en",
    """Luma’s new smart glasses can put a name to a stranger’s face, and privacy groups want them pulled

The “Recall” feature matches faces against public social profiles. Luma says it’s opt-in. Critics say that’s not how faces work.

by Tomás Oyelaran
Sep 4, 2026, 10:31 AM PDT

Image: Luma

Luma, the hardware startup behind the Aster line of smart glasses, is facing a complaint from three privacy groups over a new feature that can identify a stranger in under a second.
The feature, called “Recall,” shipped in a software update on Tuesday. Point the glasses at someone, tap the temple twice, and Aster searches public profiles for a match and whispers the result into your ear. In our testing, it correctly identified two of four Verge staffers who agreed to be scanned — and confidently misidentified a third as a regional car dealer.
“This is the product everyone said nobody would be reckless enough to ship,” said Imani Okafor-Blake, policy director at the Digital Liberty Project, which filed the complaint with state regulators on Wednesday along with two other groups. In its complaint, the group argues that Recall “turns every wearer into a walking surveillance camera” and that the people being scanned “have no way to know, let alone to refuse.”
Luma disputes that. “Recall is off by default, it only searches profiles people have chosen to make public, and it never stores a face,” company spokesperson Jenna Whitcombe told The Verge in an email. “We built it for people with face blindness, and we’ve heard from hundreds of them already.”
Luma CEO Arjun Castellanos went further on X late Wednesday. “The same people who said the camera phone would end privacy are now saying it about glasses,” he wrote. “Privacy didn’t end. It changed.”
Related
The best smart glasses you can buy right now
Not everyone is convinced that opt-in means much here. “The opt-in is for the wearer,” said Hal Brandt, who studies biometric systems at the University of Northfield. “The person across the table didn’t opt into anything.”
Brandt also pointed to the misidentification we saw in our own testing. “A wrong match isn’t just embarrassing,” he said. “If the glasses tell you the stranger on your street has a criminal record, you may act on it.”
The Aster glasses cost $449 and have sold about 300,000 units since launch, according to the market research firm Canalys North. Luma says a visible indicator light for Recall is coming “in a future update,” but would not give a date, and would not say whether the feature would be disabled in states with biometric privacy laws.
Most Popular
Verge Deals: sign up to get the best deals we find, delivered to your inbox.""",
    [
        (
            "This is the product everyone said nobody would be reckless enough to ship,",
            "Imani Okafor-Blake",
            "Imani Okafor-Blake",
            ("said Imani", "said"),
        ),
        (
            "turns every wearer into a walking surveillance camera",
            "Digital Liberty Project",
            "the group",
            "argues",
        ),
        (
            "have no way to know, let alone to refuse.",
            "Digital Liberty Project",
            "the group",
            "argues",
        ),
        (
            "Recall is off by default, it only searches profiles people have chosen to make public, and it never stores a face,",
            "Jenna Whitcombe",
            "Jenna Whitcombe",
            "told",
        ),
        (
            "We built it for people with face blindness, and we’ve heard from hundreds of them already.",
            "Jenna Whitcombe",
            "Jenna Whitcombe",
            "told",
        ),
        (
            "The same people who said the camera phone would end privacy are now saying it about glasses,",
            "Arjun Castellanos",
            ("he wrote", "he"),
            "wrote",
        ),
        ("Privacy didn’t end. It changed.", "Arjun Castellanos", ("he wrote", "he"), "wrote"),
        ("The opt-in is for the wearer,", "Hal Brandt", "Hal Brandt", ("said Hal", "said")),
        (
            "The person across the table didn’t opt into anything.",
            "Hal Brandt",
            "Hal Brandt",
            ("said Hal", "said"),
        ),
        (
            "A wrong match isn’t just embarrassing,",
            "Hal Brandt",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "If the glasses tell you the stranger on your street has a criminal record, you may act on it.",
            "Hal Brandt",
            ("he said", "he"),
            ("he said", "said"),
        ),
        ("in a future update,", "Luma", ("Luma says a", "Luma"), ("Luma says a", "says")),
    ],
    ["Recall", "Recall,"],
)

article(
    "blind22-en06",
    "en",
    """Sunfall Festival Cancels Day Two Over High Winds: 'Safety Has to Come First'

By Marcus DeLuca
09/13/2026

Share this article on Facebook
Share this article on X
Share this article on Email

The Sunfall Music & Arts Festival in Lake Havasu City, Arizona, canceled its second day on Saturday after wind gusts topped 55 miles per hour, forcing organizers to evacuate the grounds and leaving more than 30,000 ticket holders in limbo.
"Safety has to come first. We are heartbroken, and we know you are too," the festival wrote in a statement posted to Instagram shortly after 3 p.m. "Refunds for Saturday will be processed automatically within 30 days."
Headliner Kaya Wolfe, who was due to close the main stage, told fans on her Instagram story that she was "gutted" but that organizers had "made the right call." She later posted a video of herself singing an acoustic version of "Paper Planets" from her hotel balcony.
"I'll come back. I promise," she said in the clip.
Mohave County fire marshal Luis Etxeberria said the decision was made jointly with organizers. "When the lighting rig on the second stage started to sway, that was it for me," Etxeberria said. "You don't wait for the truss to fall."
Fans who had traveled from across the West were less forgiving. "We drove nine hours from Sacramento, paid $180 for a campsite, and watched two sets," said Brianna Holt, 24, who was camping with four friends. "I get the wind. I don't get why nobody told us anything for three hours."
Others complained on social media that the festival app had still listed the day's schedule as "on time" well after the evacuation began.
A representative for Redline Live, the promoter that has produced Sunfall since 2019, told Billboard the company was "working with every artist to reschedule, and with the county on what Sunday looks like." Sunday's lineup, headlined by the DJ duo Parallel Youth, was still set to go ahead as of Saturday night, weather permitting.
This is not the first weather disruption for the festival. In 2023, a dust storm shut the gates for four hours, an episode that Wolfe, then an opening act, described onstage as "the year the desert tried to eat us."
Get weekly rundowns straight to your inbox
Sign Up
Trending on Billboard""",
    [
        ("Safety Has to Come First", "Sunfall Music & Arts Festival", None, None),
        (
            "Safety has to come first. We are heartbroken, and we know you are too,",
            "Sunfall Music & Arts Festival",
            "the festival",
            "wrote",
        ),
        (
            "Refunds for Saturday will be processed automatically within 30 days.",
            "Sunfall Music & Arts Festival",
            "the festival",
            "wrote",
        ),
        ("gutted", "Kaya Wolfe", "Kaya Wolfe", "told"),
        ("made the right call.", "Kaya Wolfe", "Kaya Wolfe", "told"),
        ("I'll come back. I promise,", "Kaya Wolfe", ("she said", "she"), "said"),
        (
            "When the lighting rig on the second stage started to sway, that was it for me,",
            "Luis Etxeberria",
            ("Etxeberria said", "Etxeberria"),
            ("Etxeberria said", "said"),
        ),
        (
            "You don't wait for the truss to fall.",
            "Luis Etxeberria",
            ("Etxeberria said", "Etxeberria"),
            ("Etxeberria said", "said"),
        ),
        (
            "We drove nine hours from Sacramento, paid $180 for a campsite, and watched two sets,",
            "Brianna Holt",
            "Brianna Holt",
            ("said Brianna", "said"),
        ),
        (
            "I get the wind. I don't get why nobody told us anything for three hours.",
            "Brianna Holt",
            "Brianna Holt",
            ("said Brianna", "said"),
        ),
        (
            "working with every artist to reschedule, and with the county on what Sunday looks like.",
            "Redline Live",
            "A representative for Redline Live",
            "told",
        ),
        ("the year the desert tried to eat us.", "Kaya Wolfe", "Wolfe", "described"),
    ],
    ["Paper Planets", "on time"],
)

article(
    "blind22-en07",
    "en",
    """Lumberjacks’ Ortega ejected after pitch-clock call ends game: ‘I’ve never seen that’

Sep 20, 2026, 11:48 PM ET
Alden Moss, ESPN Staff Writer

AUSTIN, Texas -- Portland Lumberjacks manager Ray Ortega was ejected after Saturday’s 4-3 loss to the Austin Roughriders, a game that ended when plate umpire Dennis Kowalczyk called an automatic ball four on a pitch-clock violation with the bases loaded in the bottom of the ninth.
Reliever Tyler Nakashima had a full count on Roughriders pinch hitter Eli Santangelo when the timer hit zero. The violation forced in the winning run and dropped Portland 2½ games behind in the wild-card race with eight games to play.
“I’ve been in this game 31 years. I’ve never seen that,” Ortega said after the game. “You want to decide a pennant race with a stopwatch? Fine. Just don’t tell me it’s baseball.”
Ortega came out of the dugout to argue and was ejected by crew chief Samuel Adeyemi before the Roughriders had finished celebrating at second base.
In a statement given to a pool reporter, Adeyemi said the timer “had clearly expired” before Nakashima began his motion. “The rule doesn’t have a late-game exception,” he said. “We enforce it in the first inning and we enforce it in the ninth.”
Nakashima, 26, sat at his locker for several minutes before speaking to reporters.
“Did you see the clock?” a reporter asked.
“I saw it at three,” Nakashima said. “Then the catcher was giving me signs, and I looked in, and it was over. That’s on me.”
Catcher Jorge Iriarte disagreed. “I was slow getting the sign down,” Iriarte told ESPN. “He shouldn’t wear that alone.”
Roughriders manager Dale Whitcomb said he felt for the young right-hander. “Nobody wants to win like that, but we’ll take it,” Whitcomb said. “Tell that kid to keep his head up.”
The Lumberjacks had rallied from a 3-0 deficit in the eighth on a two-run homer by Marcus Bellweather and a sacrifice fly by Jun Park. Ortega, who could face a fine, declined to say whether he expected to be suspended.
Since the pitch clock was introduced, only two other games have ended on a clock violation, according to ESPN Stats & Information research. Neither came in a pennant race.
ESPN Stats & Information contributed to this report.
Sponsored Headlines
Top Headlines""",
    [
        ("I’ve never seen that", "Ray Ortega", None, None),
        (
            "I’ve been in this game 31 years. I’ve never seen that,",
            "Ray Ortega",
            ("Ortega said", "Ortega"),
            ("Ortega said", "said"),
        ),
        (
            "You want to decide a pennant race with a stopwatch? Fine. Just don’t tell me it’s baseball.",
            "Ray Ortega",
            ("Ortega said", "Ortega"),
            ("Ortega said", "said"),
        ),
        (
            "had clearly expired",
            "Samuel Adeyemi",
            ("Adeyemi said", "Adeyemi"),
            ("Adeyemi said", "said"),
        ),
        (
            "The rule doesn’t have a late-game exception,",
            "Samuel Adeyemi",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "We enforce it in the first inning and we enforce it in the ninth.",
            "Samuel Adeyemi",
            ("he said", "he"),
            ("he said", "said"),
        ),
        ("Did you see the clock?", "reporter", "a reporter", "asked"),
        (
            "I saw it at three,",
            "Tyler Nakashima",
            ("Nakashima said", "Nakashima"),
            ("Nakashima said", "said"),
        ),
        (
            "Then the catcher was giving me signs, and I looked in, and it was over. That’s on me.",
            "Tyler Nakashima",
            ("Nakashima said", "Nakashima"),
            ("Nakashima said", "said"),
        ),
        ("I was slow getting the sign down,", "Jorge Iriarte", ("Iriarte told", "Iriarte"), "told"),
        ("He shouldn’t wear that alone.", "Jorge Iriarte", ("Iriarte told", "Iriarte"), "told"),
        (
            "Nobody wants to win like that, but we’ll take it,",
            "Dale Whitcomb",
            ("Whitcomb said", "Whitcomb"),
            ("Whitcomb said", "said"),
        ),
        (
            "Tell that kid to keep his head up.",
            "Dale Whitcomb",
            ("Whitcomb said", "Whitcomb"),
            ("Whitcomb said", "said"),
        ),
    ],
)

article(
    "blind22-en08",
    "en",
    """Residents vow to fight Kwun Tong columbarium plan: ‘We live next to the dead already’

Developer says 8,000-niche facility will ease city’s shortage, but neighbours fear festival crowds on a narrow road

Fiona Cheung
Published: 7:30pm, 18 Aug 2026

Why you can trust SCMP

Residents of a Kwun Tong housing estate have vowed to fight a developer’s plan to turn a disused factory building next door into an 8,000-niche columbarium, saying the area is already overwhelmed by crowds during grave-sweeping festivals.
More than 2,300 residents of Hoi Tat Court have signed a petition against the proposal by Grand Harvest Holdings, which was submitted to the Planning Approvals Board last month.
“We live next to the dead already – there is a cemetery up the hill, and during Ching Ming the buses are so full you cannot get home,” said Madam Leung So-fong, 71, who has lived on the estate for 34 years. “Now they want to put eight thousand more of them across the road.”
District councillor Kelvin Yip Tsz-lok said he had written to the board asking it to reject the application. “The building is on a narrow road with one bus stop. Nobody has explained how 50,000 visitors a day will get in and out,” Yip said.
Advertisement
Grand Harvest said in a written reply to the Post that the facility would “help ease the city’s severe shortage of niches” and that it would run shuttle buses from the nearest railway station during the Ching Ming and Chung Yeung festivals.
The company’s executive director, Jasper Lau Chi-ming, told the Post the concerns were understandable but “based on old images of what a columbarium looks like”.
“People imagine smoke and paper offerings everywhere. Ours will be quiet, indoor and booked by appointment,” Lau said. He added that the burning of offerings would be banned on the site.
A planning board spokeswoman said the application would be considered “in accordance with established procedures” and that public comments would be accepted until September 2.
Not every resident is opposed. A younger man who gave only his surname, Chan, said he had been waiting for a niche for his family. “My grandmother’s ashes waited two years for a niche. Maybe this helps someone’s grandmother,” the 29-year-old said.
Official figures show about 20,000 people are on the waiting list for public niches, with the average wait for a new niche running to more than three years. Private columbariums have filled part of the gap, but many operate in industrial buildings that were never designed for large crowds.
The board is expected to consider the application in October.
Sign up for our Hong Kong Update newsletter""",
    [
        ("We live next to the dead already", "Leung So-fong", None, None),
        (
            "We live next to the dead already – there is a cemetery up the hill, and during Ching Ming the buses are so full you cannot get home,",
            "Leung So-fong",
            "Madam Leung So-fong",
            ("said Madam", "said"),
        ),
        (
            "Now they want to put eight thousand more of them across the road.",
            "Leung So-fong",
            "Madam Leung So-fong",
            ("said Madam", "said"),
        ),
        (
            "The building is on a narrow road with one bus stop. Nobody has explained how 50,000 visitors a day will get in and out,",
            "Kelvin Yip Tsz-lok",
            ("Yip said", "Yip"),
            ("Yip said", "said"),
        ),
        (
            "help ease the city’s severe shortage of niches",
            "Grand Harvest Holdings",
            ("Grand Harvest said", "Grand Harvest"),
            ("Grand Harvest said", "said"),
        ),
        (
            "based on old images of what a columbarium looks like",
            "Jasper Lau Chi-ming",
            "Jasper Lau Chi-ming",
            "told",
        ),
        (
            "People imagine smoke and paper offerings everywhere. Ours will be quiet, indoor and booked by appointment,",
            "Jasper Lau Chi-ming",
            ("Lau said", "Lau"),
            ("Lau said", "said"),
        ),
        (
            "in accordance with established procedures",
            "Planning Approvals Board",
            "A planning board spokeswoman",
            ("spokeswoman said", "said"),
        ),
        (
            "My grandmother’s ashes waited two years for a niche. Maybe this helps someone’s grandmother,",
            "Chan",
            "the 29-year-old",
            ("29-year-old said", "said"),
        ),
    ],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind22_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
