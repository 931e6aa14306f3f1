# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind7_en.jsonl: a seventh blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and company is invented. Beats: a wire-service tornado report (a governor,
FEMA, a sheriff, residents), a wire tech earnings story (CEO, CFO, analysts, a person familiar
with the matter), a British tabloid celebrity feud (single quotes, a source close to the star,
an Instagram story, fans), a Senate hearing (senators questioning a CEO, uncued Q&A turns), a
local paper's school board row, a broadsheet obituary with old interview quotes (nested and
multi-paragraph), an Australian rural story (Mr/Ms/Dr without points, present-tense "says",
follow-on paragraphs) and a foreign border conflict (ministries, translated quotes, an
anonymous diplomat). Marks vary: curly double, straight double, British curly single with double inside. Gold
conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind7_en.py`` after editing.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind7-en01",
    "en",
    """Tornado tears through small Tennessee town, killing 3 and flattening school gym

By DANA OKAFOR and LUIS BETANCOURT
Updated 5:12 PM CDT, May 14, 2026

Share

WEXLEY, Tenn. (AP) — A tornado packing winds of about 165 mph carved a 9-mile path through this town of 6,000 people overnight, killing three people, peeling the roof off a middle school gym and leaving hundreds of families without a place to sleep, officials said Thursday.

“It sounded like a freight train was coming through the living room,” said Marjorie Pruitt, 71, who rode out the storm in a hallway closet with her two dachshunds. “When I opened the door, the house across the street just wasn’t there.”

Gov. Ray Dunmore declared a state of emergency for Calloway County and toured the damage by helicopter early Thursday. Standing outside a volunteer fire station, he told reporters the state would “move heaven and earth” to get displaced families into temporary housing within days.

“We’ve got crews from eleven counties here, we’ve got the Guard here, and we are not leaving,” Dunmore said. “This is a tough town. It’s going to come back.”

A rescue worker searches through debris on Elm Street in Wexley, Tenn., on Thursday, May 14, 2026. (AP Photo/George Wilkes)

The Federal Emergency Management Agency said in a statement that 40 inspectors had been sent to the area and that a disaster recovery center would open Friday at First Baptist Church on Main Street. FEMA regional administrator Colleen Vasquez-Hart urged survivors to photograph damage before they begin clearing debris.

“Don’t wait on us to start taking pictures,” she said. “Document everything, keep your receipts, and call your insurance company first.”

The National Weather Service gave the tornado a preliminary EF-3 rating. Meteorologist Ben Tolliver, who walked the damage path with a survey team, said the storm formed quickly on the southern end of a line of thunderstorms.

“The warning went out 14 minutes before touchdown,” Tolliver said, “which is about as good as we can do with a storm like this one.”

RELATED COVERAGE
What to do after a tornado damages your home

All three deaths were in the Pine Hollow mobile home park on the west side of town, Calloway County Sheriff Dwight Ames said. Two of the victims were a married couple in their 80s, he said, and the third was a 52-year-old man who had gone outside to check on them.

“They did everything right. They had a weather radio. There just wasn’t anywhere to go,” Ames said, his voice breaking.

At Wexley Middle School, principal Anthony Greer stood on a pile of cinder blocks that had been the gym’s north wall. The school had hosted a basketball tournament there on Saturday. “We had 300 kids in that gym,” Greer said. “I can’t let myself think about that too long.”

County emergency manager Trish Holloway said a first count showed about 240 homes “destroyed or damaged beyond repair.” Power could be out on the west side for a week, according to the local electric cooperative.

Kevin Tran spent the morning dragging soaked insulation out of his daughter’s bedroom. He said he had no insurance on the contents of the house.

“Everybody keeps telling me to call FEMA,” the 34-year-old said. “I just need to know where my kids are sleeping tonight.”

Churches in neighboring towns were collecting water and diapers, and organizers were already planning a “Wexley Strong” benefit concert at the county fairgrounds next month.

Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
""",
    [
        (
            "It sounded like a freight train was coming through the living room,",
            "Marjorie Pruitt",
            "Marjorie Pruitt",
            ("said Marjorie", "said"),
        ),
        (
            "When I opened the door, the house across the street just wasn’t there.",
            "Marjorie Pruitt",
            "Marjorie Pruitt",
            ("said Marjorie", "said"),
        ),
        ("move heaven and earth", "Ray Dunmore", (", he told", "he"), ("he told", "told")),
        (
            "We’ve got crews from eleven counties here, we’ve got the Guard here, and we are not leaving,",
            "Ray Dunmore",
            ("Dunmore said", "Dunmore"),
            ("Dunmore said", "said"),
        ),
        (
            "This is a tough town. It’s going to come back.",
            "Ray Dunmore",
            ("Dunmore said", "Dunmore"),
            ("Dunmore said", "said"),
        ),
        (
            "Don’t wait on us to start taking pictures,",
            "Colleen Vasquez-Hart",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "Document everything, keep your receipts, and call your insurance company first.",
            "Colleen Vasquez-Hart",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "The warning went out 14 minutes before touchdown,",
            "Ben Tolliver",
            ("Tolliver said", "Tolliver"),
            ("Tolliver said", "said"),
        ),
        (
            "which is about as good as we can do with a storm like this one.",
            "Ben Tolliver",
            ("Tolliver said", "Tolliver"),
            ("Tolliver said", "said"),
        ),
        (
            "They did everything right. They had a weather radio. There just wasn’t anywhere to go,",
            "Dwight Ames",
            ("Ames said, his", "Ames"),
            ("Ames said, his", "said"),
        ),
        (
            "We had 300 kids in that gym,",
            "Anthony Greer",
            ("Greer said", "Greer"),
            ("Greer said", "said"),
        ),
        (
            "I can’t let myself think about that too long.",
            "Anthony Greer",
            ("Greer said", "Greer"),
            ("Greer said", "said"),
        ),
        (
            "destroyed or damaged beyond repair.",
            "Trish Holloway",
            "Trish Holloway",
            ("Holloway said", "said"),
        ),
        (
            "Everybody keeps telling me to call FEMA,",
            "Kevin Tran",
            "the 34-year-old",
            ("34-year-old said", "said"),
        ),
        (
            "I just need to know where my kids are sleeping tonight.",
            "Kevin Tran",
            "the 34-year-old",
            ("34-year-old said", "said"),
        ),
    ],
    ["Wexley Strong"],
)


article(
    "blind7-en02",
    "en",
    """Lumora shares sink as chipmaker warns of slower data center orders

By Hannah Rietveld and Omar Saleh

February 18, 2026 10:41 PM UTC Updated 2 hours ago

Feb 18 (Reuters) - Lumora Systems (LMRA.O) forecast first-quarter revenue below Wall Street estimates on Wednesday, saying some large cloud customers were pausing orders for its networking chips, and its shares fell 11% in extended trading.

The California-based company expects revenue of $2.05 billion, plus or minus 3%, for the quarter, compared with analysts' average estimate of $2.31 billion, according to data compiled by LSEG.

"We are seeing a digestion period at two of our largest hyperscale customers," Chief Executive Priya Raman said on a call with analysts. "Demand has not gone away. It has moved to the right by a quarter, maybe two."

Raman said the company's newest "Atlas" switch chip, which began shipping in November, had already been designed into products at nine customers, and that she expected it to account for "well over half" of networking revenue by the end of the year.

Analysts were not entirely convinced.

"Moved to the right is the phrase every company uses right before a guide-down," said Jared Kim, an analyst at Brightwater Securities. "I'd want to see the order book before I believe the second half."

Finance chief Martin Ecker told analysts that gross margin would dip to about 58% in the first quarter from 61.4% in the fourth, as the company absorbs higher packaging costs from its suppliers in Asia.

"Some of that is temporary, and some of it is the new normal," Ecker said. "We are not going to chase volume at any price."

Fourth-quarter revenue rose 14% to $2.38 billion, slightly ahead of estimates, while adjusted profit of 91 cents per share matched expectations.

Asked on the call whether Lumora planned to cut jobs, Raman said there were "no plans for a broad reduction," but added that hiring would slow through the summer.

"Our long-term model is unchanged," the company said in a statement, which also announced a plan to buy back up to $1.5 billion of its shares over two years.

The results come a week after smaller rival Kestrel Microdevices reported record quarterly sales, helped by a contract with a large cloud provider that it has not named.

A person familiar with the matter told Reuters that one of the customers pausing orders was testing a rival chip from Kestrel. "They are hedging, and Lumora knows it," the person said, asking not to be named because the discussions are private.

Lumora declined to comment on individual customers. Kestrel did not respond to a request for comment.

Some investors saw the after-hours drop as overdone.

"The stock had run up 60% since September," said Rachel Obi, a portfolio manager at Tidewell Asset Management, which owns Lumora shares. "A pause was always going to happen. The question is whether Atlas ships on schedule, and so far it has."

(Reporting by Hannah Rietveld and Omar Saleh; Editing by Clare Demsey)

Our Standards: The Thomson Reuters Trust Principles., opens new tab
""",
    [
        (
            "We are seeing a digestion period at two of our largest hyperscale customers,",
            "Priya Raman",
            "Priya Raman",
            ("Raman said on", "said"),
        ),
        (
            "Demand has not gone away. It has moved to the right by a quarter, maybe two.",
            "Priya Raman",
            "Priya Raman",
            ("Raman said on", "said"),
        ),
        (
            "well over half",
            "Priya Raman",
            ("Raman said the company", "Raman"),
            ("Raman said the company", "said"),
        ),
        (
            "Moved to the right is the phrase every company uses right before a guide-down,",
            "Jared Kim",
            "Jared Kim",
            ("said Jared", "said"),
        ),
        (
            "I'd want to see the order book before I believe the second half.",
            "Jared Kim",
            "Jared Kim",
            ("said Jared", "said"),
        ),
        (
            "Some of that is temporary, and some of it is the new normal,",
            "Martin Ecker",
            ("Ecker said", "Ecker"),
            ("Ecker said", "said"),
        ),
        (
            "We are not going to chase volume at any price.",
            "Martin Ecker",
            ("Ecker said", "Ecker"),
            ("Ecker said", "said"),
        ),
        (
            "no plans for a broad reduction,",
            "Priya Raman",
            ("Raman said there", "Raman"),
            ("Raman said there", "said"),
        ),
        (
            "Our long-term model is unchanged,",
            "Lumora Systems",
            "the company",
            ("company said in", "said"),
        ),
        (
            "They are hedging, and Lumora knows it,",
            "person",
            "the person",
            ("person said", "said"),
        ),
        (
            "The stock had run up 60% since September,",
            "Rachel Obi",
            "Rachel Obi",
            ("said Rachel", "said"),
        ),
        (
            "A pause was always going to happen. The question is whether Atlas ships on schedule, and so far it has.",
            "Rachel Obi",
            "Rachel Obi",
            ("said Rachel", "said"),
        ),
    ],
    ["Atlas"],
)


article(
    "blind7-en03",
    "en",
    """Kelsey Marr ‘heartbroken’ as former Velvet Riot bandmate Jodie Flint announces solo arena tour packed with the girl group’s hits

- Jodie Flint, 36, unveiled a 28-date solo tour on Instagram on Monday night
- A source says Kelsey Marr only found out when a fan sent her a screenshot
- Velvet Riot split in 2019 after three number one albums

By Tom Ashworth For MailOnline

Published: 09:14 GMT, 3 March 2026 | Updated: 11:02 GMT, 3 March 2026

Kelsey Marr is said to be ‘heartbroken’ after her former Velvet Riot bandmate Jodie Flint announced a solo arena tour built around the girl group’s biggest hits.

Flint, 36, unveiled the 28-date tour on Monday night in a glossy video posted to Instagram, telling her 2.1 million followers it was ‘time to bring these songs home’.

But a source close to Kelsey, 37, told MailOnline the singer had found out about the tour ‘at the same time as everyone else’.

‘Kelsey co-wrote half of those songs in a rented bedsit above a chip shop,’ the source said. ‘She found out from a fan who sent her a screenshot. She’s devastated, honestly.

‘They were like sisters for ten years. Nobody saw this coming.’

Scroll down for video

Velvet Riot, completed by Sasha Penrose and Amber-Lee Quinn, split in 2019 after three number one albums, with the band saying at the time that they were taking ‘an indefinite break’.

Their 2014 single ‘Paper Crowns’ spent six weeks at number one and is expected to close every night of Flint’s tour, which opens in Glasgow in September.

Speaking on her podcast last year, Kelsey insisted there was ‘no bad blood’ between the pair, though she admitted they rarely spoke.

‘I love Jodie, I always will,’ she said at the time. ‘But we’re very different people now, and that’s fine.’

Advertisement

Flint appeared to respond to the backlash on Tuesday morning, writing on her Instagram story: ‘Someone asked me “why now?” and honestly, why not? These songs belong to the fans and I want to sing them while I still can.’

She added that all three of her former bandmates had been ‘invited to join me on stage in London’.

Fans were quick to take sides. One fan wrote on X: ‘Imagine doing this to your best mate. Team Kelsey forever.’

Tour promoter Gavin Sheard, of Northlight Live, said the first 12 dates had sold out in under an hour. ‘The demand has been extraordinary,’ he said. ‘People want to hear those songs live again, whoever is singing them.’

Representatives for Kelsey Marr have been contacted for comment.

Share or comment on this article:
""",
    [
        ("heartbroken", None, None, None),
        ("heartbroken", None, None, None),
        (
            "time to bring these songs home",
            "Jodie Flint",
            ("Flint, 36, unveiled", "Flint"),
            "telling",
        ),
        (
            "at the same time as everyone else",
            "source",
            "a source",
            ("told MailOnline", "told"),
        ),
        (
            "Kelsey co-wrote half of those songs in a rented bedsit above a chip shop,",
            "source",
            "the source",
            ("source said", "said"),
        ),
        (
            "She found out from a fan who sent her a screenshot. She’s devastated, honestly.",
            "source",
            "the source",
            ("source said", "said"),
        ),
        (
            "They were like sisters for ten years. Nobody saw this coming.",
            "source",
            "the source",
            ("source said", "said"),
        ),
        ("an indefinite break", "Velvet Riot", "the band", "saying"),
        (
            "no bad blood",
            "Kelsey Marr",
            ("Kelsey insisted", "Kelsey"),
            "insisted",
        ),
        (
            "I love Jodie, I always will,",
            "Kelsey Marr",
            ("she said at", "she"),
            ("she said at", "said"),
        ),
        (
            "But we’re very different people now, and that’s fine.",
            "Kelsey Marr",
            ("she said at", "she"),
            ("she said at", "said"),
        ),
        (
            "Someone asked me “why now?” and honestly, why not? These songs belong to the fans and I want to sing them while I still can.",
            "Jodie Flint",
            ("Flint appeared", "Flint"),
            "writing",
        ),
        (
            "invited to join me on stage in London",
            "Jodie Flint",
            ("She added", "She"),
            ("She added", "added"),
        ),
        (
            "Imagine doing this to your best mate. Team Kelsey forever.",
            "fan",
            "One fan",
            ("fan wrote", "wrote"),
        ),
        (
            "The demand has been extraordinary,",
            "Gavin Sheard",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "People want to hear those songs live again, whoever is singing them.",
            "Gavin Sheard",
            ("he said", "he"),
            ("he said", "said"),
        ),
    ],
    ["Paper Crowns"],
)


article(
    "blind7-en04",
    "en",
    """Senators grill Skyvane CEO after delivery drone falls onto Ohio playground

The hearing produced rare bipartisan anger at a company both parties once held up as a model.

By ELENA MARCHETTI
05/20/2026 06:31 PM EDT

Senators from both parties tore into the chief executive of drone delivery company Skyvane on Wednesday, accusing him of playing down the risks of long-range flights weeks after one of his aircraft fell onto an elementary school playground in Ashgrove, Ohio.

No one was hurt in the April 28 crash, which happened about 20 minutes after recess ended. But the episode has become a rallying point for critics of a federal pilot program that lets a handful of companies fly delivery drones over suburbs without a spotter on the ground.

“We got lucky. That is the whole safety case here: we got lucky,” Sen. Patricia Woodley (D-Mich.), who chairs the Commerce subcommittee on aviation, said in her opening statement.

Skyvane CEO Derek Halvorsen apologized to the families of Ashgrove Elementary and said the company had grounded its Ohio fleet for two weeks. He told the panel a software update had fixed the fault, a battery-monitoring error that caused the drone to lose power at 140 feet.

“I want to be very clear that one failure is one too many,” Halvorsen said. “We have flown more than 3 million deliveries, and we take every one of them seriously.”

That did not satisfy Sen. Cal Brandt (R-Mont.), who read aloud from an internal email, first reported by POLITICO, in which a Skyvane engineer warned in January that the battery fault was “a ticking clock.”

“Did you read this email before the crash?” Brandt asked.

“I did not, senator,” Halvorsen replied.

“Who did?”

“It went to our reliability team. I’m told it was escalated.”

“Escalated to whom?” Brandt pressed. “Because it wasn’t escalated to you, and it wasn’t escalated to the FAA.”

Halvorsen said the company had “shared all relevant data” with federal regulators and would hand the committee the full email chain by Friday.

SIGN UP FOR POLITICO PRO TRANSPORTATION: Get the latest on drones, rail and aviation. Start your free trial.

Woodley wants the pilot program paused nationwide until the Transportation Department finishes a review, a step Skyvane’s competitors have quietly lobbied against.

“If your product is safe, a 90-day pause costs you nothing,” the Michigan Democrat said. “If it isn’t, it may cost a child.”

Not every Republican on the panel joined the criticism. Sen. Howard Lisle (R-Texas) warned against “legislating by anecdote” and noted that delivery drones have a better safety record than the vans they replace.

“I don’t want to see us take one bad day in Ohio and shut down an American industry that our competitors would love to own,” Lisle said.

Skyvane said in a statement after the hearing that it “welcomed the scrutiny” and would publish an independent safety audit this summer. The company’s ad slogan, “Your sky, delivered,” has quietly disappeared from its website since the crash.

A senior committee aide said Woodley was drafting a bill that would require a trained observer for any drone flight over a school. “She’s got the votes in committee,” the aide said. “Whether leadership gives her floor time is another question.”
""",
    [
        (
            "We got lucky. That is the whole safety case here: we got lucky,",
            "Patricia Woodley",
            "Patricia Woodley",
            ("said in her opening", "said"),
        ),
        (
            "I want to be very clear that one failure is one too many,",
            "Derek Halvorsen",
            ("Halvorsen said. “We", "Halvorsen"),
            ("Halvorsen said. “We", "said"),
        ),
        (
            "We have flown more than 3 million deliveries, and we take every one of them seriously.",
            "Derek Halvorsen",
            ("Halvorsen said. “We", "Halvorsen"),
            ("Halvorsen said. “We", "said"),
        ),
        ("a ticking clock.", "engineer", "a Skyvane engineer", "warned"),
        (
            "Did you read this email before the crash?",
            "Cal Brandt",
            ("Brandt asked", "Brandt"),
            "asked",
        ),
        (
            "I did not, senator,",
            "Derek Halvorsen",
            ("Halvorsen replied", "Halvorsen"),
            "replied",
        ),
        ("Who did?", "Cal Brandt", None, None),
        (
            "It went to our reliability team. I’m told it was escalated.",
            "Derek Halvorsen",
            None,
            None,
        ),
        (
            "Escalated to whom?",
            "Cal Brandt",
            ("Brandt pressed", "Brandt"),
            "pressed",
        ),
        (
            "Because it wasn’t escalated to you, and it wasn’t escalated to the FAA.",
            "Cal Brandt",
            ("Brandt pressed", "Brandt"),
            "pressed",
        ),
        (
            "shared all relevant data",
            "Derek Halvorsen",
            ("Halvorsen said the company", "Halvorsen"),
            ("Halvorsen said the company", "said"),
        ),
        (
            "If your product is safe, a 90-day pause costs you nothing,",
            "Patricia Woodley",
            "the Michigan Democrat",
            ("Democrat said", "said"),
        ),
        (
            "If it isn’t, it may cost a child.",
            "Patricia Woodley",
            "the Michigan Democrat",
            ("Democrat said", "said"),
        ),
        ("legislating by anecdote", "Howard Lisle", "Howard Lisle", "warned"),
        (
            "I don’t want to see us take one bad day in Ohio and shut down an American industry that our competitors would love to own,",
            "Howard Lisle",
            ("Lisle said", "Lisle"),
            ("Lisle said", "said"),
        ),
        (
            "welcomed the scrutiny",
            "Skyvane",
            ("Skyvane said in a statement", "Skyvane"),
            ("Skyvane said in a statement", "said"),
        ),
        (
            "She’s got the votes in committee,",
            "aide",
            "the aide",
            ("aide said", "said"),
        ),
        (
            "Whether leadership gives her floor time is another question.",
            "aide",
            "the aide",
            ("aide said", "said"),
        ),
    ],
    ["Your sky, delivered"],
)


article(
    "blind7-en05",
    "en",
    """Harlow Valley board votes 4-3 to end middle school orchestra, citing $1.2M shortfall

Meghan Doyle | The Harlow Valley Courier
Published 10:47 p.m. ET March 11, 2026 | Updated 8:15 a.m. ET March 12, 2026

More than 200 parents, students and teachers packed the Harlow Valley Middle School cafeteria Tuesday night, many holding signs that read "Keep the Music Playing," as the Board of Education voted 4-3 to eliminate the district's middle school orchestra at the end of the school year.

The cut, part of a package meant to close a $1.2 million gap in next year's budget, will save about $140,000 a year, according to district figures. Band and choir will continue.

"Nobody on this board got into this to cut music," board President Renee Castillo said before the vote. "But the state aid numbers are what they are, and I'm not going to balance this budget on class sizes."

Superintendent Dr. Alan Whitcomb told the board the district had looked at "every other line" before recommending the cut. He said the orchestra has 61 students this year, down from 94 in 2019.

"Those are real numbers," Whitcomb said. "I wish they were different."

Board member Gary Lindqvist, who voted no, called the decision "penny wise and pound foolish" and said the district should have asked the community for help before the vote, not after.

"We have a booster club that raised $30,000 for new uniforms in six weeks," Lindqvist said. "Did anybody pick up the phone and ask them? No."

Subscribe to the Courier for unlimited local news: $1 for 6 months.

During nearly two hours of public comment, speaker after speaker urged the board to reconsider. Sonia Mehta, whose twin daughters play viola and cello, said the orchestra was the reason her girls wanted to go to school in the morning.

"You're taking away the one room in that building where they feel like they belong," Mehta said, "and you're doing it to save less than what we spent on the new scoreboard."

That drew a standing ovation, and Castillo twice asked the crowd to hold its applause.

Seventh-grader Leo Harrington played a short solo on his violin before he spoke. "I practice every day," the 12-year-old told the board. "If there's no orchestra next year, what am I practicing for?"

Before the meeting, the eighth-grade strings performed "Evening on the River," a piece written for them last year by their conductor, Janet Ruiz, in the school lobby.

Ruiz did not speak at the meeting. In a statement, the Harlow Valley Education Association, which represents the district's teachers, said the vote "sends a message to every kid who isn't an athlete" and pledged to keep fighting the cut.

Board member Terrence Boyd, who voted yes, said he understood the anger in the room but that the board could not spend money it did not have.

"I played trombone from fourth grade on. This one hurts," Boyd said. "But I'd rather cut a program than lay off a first grade teacher."

The board is expected to adopt the final budget April 8.

Related: Harlow Valley voters reject school levy for second time

Meghan Doyle covers education for the Courier. Reach her at mdoyle@hvcourier.com.
""",
    [
        (
            "Nobody on this board got into this to cut music,",
            "Renee Castillo",
            "Renee Castillo",
            ("Castillo said", "said"),
        ),
        (
            "But the state aid numbers are what they are, and I'm not going to balance this budget on class sizes.",
            "Renee Castillo",
            "Renee Castillo",
            ("Castillo said", "said"),
        ),
        ("every other line", "Alan Whitcomb", "Alan Whitcomb", "told"),
        (
            "Those are real numbers,",
            "Alan Whitcomb",
            ("Whitcomb said", "Whitcomb"),
            ("Whitcomb said", "said"),
        ),
        (
            "I wish they were different.",
            "Alan Whitcomb",
            ("Whitcomb said", "Whitcomb"),
            ("Whitcomb said", "said"),
        ),
        ("penny wise and pound foolish", "Gary Lindqvist", "Gary Lindqvist", "called"),
        (
            "We have a booster club that raised $30,000 for new uniforms in six weeks,",
            "Gary Lindqvist",
            ("Lindqvist said", "Lindqvist"),
            ("Lindqvist said", "said"),
        ),
        (
            "Did anybody pick up the phone and ask them? No.",
            "Gary Lindqvist",
            ("Lindqvist said", "Lindqvist"),
            ("Lindqvist said", "said"),
        ),
        (
            "You're taking away the one room in that building where they feel like they belong,",
            "Sonia Mehta",
            ("Mehta said", "Mehta"),
            ("Mehta said", "said"),
        ),
        (
            "and you're doing it to save less than what we spent on the new scoreboard.",
            "Sonia Mehta",
            ("Mehta said", "Mehta"),
            ("Mehta said", "said"),
        ),
        (
            "I practice every day,",
            "Leo Harrington",
            "the 12-year-old",
            ("12-year-old told", "told"),
        ),
        (
            "If there's no orchestra next year, what am I practicing for?",
            "Leo Harrington",
            "the 12-year-old",
            ("12-year-old told", "told"),
        ),
        (
            "sends a message to every kid who isn't an athlete",
            "Harlow Valley Education Association",
            ("the Harlow Valley Education Association", "Harlow Valley Education Association"),
            ("teachers, said", "said"),
        ),
        (
            "I played trombone from fourth grade on. This one hurts,",
            "Terrence Boyd",
            ("Boyd said", "Boyd"),
            ("Boyd said", "said"),
        ),
        (
            "But I'd rather cut a program than lay off a first grade teacher.",
            "Terrence Boyd",
            ("Boyd said", "Boyd"),
            ("Boyd said", "said"),
        ),
    ],
    ["Keep the Music Playing", "Evening on the River"],
)


article(
    "blind7-en06",
    "en",
    """Morwenna Tull obituary

Folk singer whose plain, unaccompanied voice carried the songs of the Cornish fishing coast to an audience far beyond it

Adrian Kellow
Tue 7 Apr 2026 14.20 BST

Morwenna Tull, who has died aged 84, sang about pilchard boats, drowned lifeboatmen and the women who waited on the harbour wall for both. For most of the 1960s she performed only in the back rooms of pubs in and around Trevennick, the village where she was born, and she turned down a recording contract in 1967 because, as she later put it, “they wanted me to smile on the cover”.

Her first album, Low Water, did not appear until 1974, when she was 32. It sold fewer than 3,000 copies, but its closing track, “The Widow’s Lamp”, was taken up by a younger generation of revival singers and has since been recorded more than 40 times.

“I never wanted to be famous,” she told Folk Roots Monthly in 1985. “I wanted to be heard, which is a different thing altogether, and a good deal harder.”

She was born in Trevennick to Jory Tull, a crab fisherman, and his wife, Ada (nee Rowse), who sang in the chapel choir. Morwenna left school at 15 to work in a net loft and learned most of her repertoire from older women on the quay.

“My mother used to say, ‘Sing it like you mean to be buried with it,’ and I have tried to,” she said in a radio interview in 1991.

Morwenna Tull at the Trevennick regatta in 1978. Photograph: Kellow family archive

In a long interview with this newspaper in 1998, she described the night in 1963 when the Trevennick lifeboat was lost with five crew, two of them her cousins:

“We stood on the slip until it was light. Nobody said anything. You could hear the bell buoy and the women breathing, and that was all.

“I didn’t write a song about it for 20 years. I didn’t think I had the right. When I finally did, I sang it once in the Ship Inn and a man at the bar walked out, and I thought, well, that’s the review that matters.”

That song, “Five for the Slip”, became the centrepiece of her live sets. Critics were slower to come round. A 1976 review in a national music paper dismissed her as “a museum piece”, a phrase she later had printed on a tea towel and sold at gigs.

Sign up to Inside Saturday
Free weekly newsletter
The only way to get a look behind the scenes of the Saturday magazine.
after newsletter promotion

Her longtime accompanist, the concertina player Rhys Penberthy, said on Monday that she had been “the least sentimental person I ever met, which is why she could sing the saddest songs in the world without making a meal of them”.

“She would stop a gig to tell someone to put their pint down and listen,” Penberthy added. “And they did.”

In 2009 the singer Hattie Lane recorded a version of “The Widow’s Lamp” that reached the Top 20 and brought its writer more money than the previous 35 years combined. Tull, then 67, was characteristically dry about it. “I’ve had a new boiler out of that girl,” she said.

She married Peter Hosking, a boatbuilder, in 1966; he died in 2011. She is survived by their daughter, Elin, two grandchildren and her sister, Loveday.

Her daughter said the family would scatter her ashes off Trevennick point, “where she can keep an eye on the boats”.

Morwenna Ada Tull, singer, born 2 May 1941; died 29 March 2026
""",
    [
        (
            "they wanted me to smile on the cover",
            "Morwenna Tull",
            ("as she later", "she"),
            "put it",
        ),
        (
            "I never wanted to be famous,",
            "Morwenna Tull",
            ("she told Folk", "she"),
            ("she told Folk", "told"),
        ),
        (
            "I wanted to be heard, which is a different thing altogether, and a good deal harder.",
            "Morwenna Tull",
            ("she told Folk", "she"),
            ("she told Folk", "told"),
        ),
        (
            "My mother used to say, ‘Sing it like you mean to be buried with it,’ and I have tried to,",
            "Morwenna Tull",
            ("she said in a radio", "she"),
            ("she said in a radio", "said"),
        ),
        (
            "We stood on the slip until it was light. Nobody said anything. You could hear the bell buoy and the women breathing, and that was all.",
            "Morwenna Tull",
            ("she described", "she"),
            "described",
        ),
        (
            "I didn’t write a song about it for 20 years. I didn’t think I had the right. When I finally did, I sang it once in the Ship Inn and a man at the bar walked out, and I thought, well, that’s the review that matters.",
            "Morwenna Tull",
            ("she described", "she"),
            "described",
        ),
        ("a museum piece", "review", "A 1976 review", "dismissed"),
        (
            "the least sentimental person I ever met, which is why she could sing the saddest songs in the world without making a meal of them",
            "Rhys Penberthy",
            "Rhys Penberthy",
            ("said on Monday", "said"),
        ),
        (
            "She would stop a gig to tell someone to put their pint down and listen,",
            "Rhys Penberthy",
            ("Penberthy added", "Penberthy"),
            ("Penberthy added", "added"),
        ),
        (
            "And they did.",
            "Rhys Penberthy",
            ("Penberthy added", "Penberthy"),
            ("Penberthy added", "added"),
        ),
        (
            "I’ve had a new boiler out of that girl,",
            "Morwenna Tull",
            ("girl,” she said", "she"),
            ("girl,” she said", "said"),
        ),
        (
            "where she can keep an eye on the boats",
            "Elin",
            "Her daughter",
            ("daughter said", "said"),
        ),
    ],
    ["The Widow’s Lamp", "Five for the Slip", "The Widow’s Lamp"],
)


article(
    "blind7-en07",
    "en",
    """Dairy farmers say Coralee milk price cut will push family farms ‘over the edge’

ABC Rural / By Jess McInnes and Tom Karadimas
Posted Thu 14 May 2026 at 6:02am, updated Thu 14 May 2026 at 9:47am

Key points:
Coralee Dairy has cut its opening milk price to $8.10 per kilogram of milk solids
Farmers say costs have risen by a third in three years
The processor says global prices left it no choice

Dairy farmers in Victoria's Kerrigan Valley say a cut to the opening milk price by the region's biggest processor could force families to sell herds that have been in their hands for generations.

Coralee Dairy on Tuesday announced an opening price of $8.10 per kilogram of milk solids for the new season, down 65 cents on last year.

Fourth-generation farmer Bronwyn Saltash milks 320 cows near Tallong Creek with her husband and son.

“We've done the numbers four times and we lose money at $8.10, there's no way around it,” Ms Saltash says.

“You can tighten your belt for one year. We've tightened it for three.”

She says feed and fertiliser costs have climbed by about a third since 2023, while water allocations in the valley have been cut twice.

Bronwyn Saltash says her family has farmed at Tallong Creek since 1921. (ABC Rural: Jess McInnes)

Processor blames global prices

Coralee Dairy chief executive Graham Voss says the cut reflects a slump in global dairy prices and a strong Australian dollar.

“Nobody at Coralee takes any pleasure in this,” Mr Voss says.

“We export 70 per cent of what we make. When the world price falls, we can't pretend it hasn't.”

In a statement, the company said it would review the price in September and described the opening figure as “a floor, not a ceiling”.

Southern Dairy Farmers Association president Neil Carmody says the cut could not have come at a worse time.

“This is the third bad season in a row for a lot of these families,” he says. “The banks have been patient. I don't know how much longer they'll stay patient.”

At least 14 farms in the valley have sold their herds in the past two years, according to the association.

Get our local newsletter, delivered free each Friday

Victorian Agriculture Minister Sally Brennock said the government was “watching closely” and urged processors to “look after the farmers who look after them”.

Dairy analyst Dr Priyanka Menon from Ridgeline Agribusiness says other processors are likely to follow Coralee's lead within weeks.

“Coralee usually sets the tone. I'd be surprised if anyone comes in much above $8.30,” Dr Menon says.

But she says there are signs global prices have bottomed out.

“The futures market is pointing up for the back half of the year, so a step-up in September is a real possibility,” she says.

For Lachie Saltash, who came home to the family farm two years ago after studying agronomy, the news is a blow.

“I came home because I wanted to be the fifth generation,” the 26-year-old says. “I'm starting to wonder if I'll be the last.”

Related stories
Farmgate milk prices explained: who decides what you get paid?
""",
    [
        ("over the edge", "farmers", "Dairy farmers", ("farmers say Coralee", "say")),
        (
            "We've done the numbers four times and we lose money at $8.10, there's no way around it,",
            "Bronwyn Saltash",
            "Ms Saltash",
            ("Ms Saltash says", "says"),
        ),
        (
            "You can tighten your belt for one year. We've tightened it for three.",
            "Bronwyn Saltash",
            None,
            None,
        ),
        (
            "Nobody at Coralee takes any pleasure in this,",
            "Graham Voss",
            "Mr Voss",
            ("Mr Voss says", "says"),
        ),
        (
            "We export 70 per cent of what we make. When the world price falls, we can't pretend it hasn't.",
            "Graham Voss",
            None,
            None,
        ),
        ("a floor, not a ceiling", "Coralee Dairy", "the company", "described"),
        (
            "This is the third bad season in a row for a lot of these families,",
            "Neil Carmody",
            ("he says. “The", "he"),
            ("he says. “The", "says"),
        ),
        (
            "The banks have been patient. I don't know how much longer they'll stay patient.",
            "Neil Carmody",
            ("he says. “The", "he"),
            ("he says. “The", "says"),
        ),
        ("watching closely", "Sally Brennock", "Sally Brennock", ("Brennock said", "said")),
        ("look after the farmers who look after them", "Sally Brennock", "Sally Brennock", "urged"),
        (
            "Coralee usually sets the tone. I'd be surprised if anyone comes in much above $8.30,",
            "Priyanka Menon",
            "Dr Menon",
            ("Dr Menon says", "says"),
        ),
        (
            "The futures market is pointing up for the back half of the year, so a step-up in September is a real possibility,",
            "Priyanka Menon",
            ("she says.", "she"),
            ("she says.", "says"),
        ),
        (
            "I came home because I wanted to be the fifth generation,",
            "Lachie Saltash",
            "the 26-year-old",
            ("26-year-old says", "says"),
        ),
        (
            "I'm starting to wonder if I'll be the last.",
            "Lachie Saltash",
            "the 26-year-old",
            ("26-year-old says", "says"),
        ),
    ],
)


article(
    "blind7-en08",
    "en",
    """Shelling forces thousands to flee border city as Varenia and Kostrava trade blame

By Nadia Farouk, Peter Lindahl and Amira Haddad, CNN
Updated 7:14 AM EDT, Sat June 6, 2026

Dravik, Varenia CNN —

Thousands of civilians streamed out of the Varenian border city of Dravik on Friday after a second night of artillery fire that local officials said killed at least 11 people and knocked out the city's only water treatment plant.

Varenia's Defense Ministry accused neighboring Kostrava of shelling residential districts "deliberately and without provocation," and said its forces had returned fire on military positions across the Sellen River.

Kostrava denied the accusation. In a statement posted on social media, its foreign ministry said Kostravan troops had responded to "repeated drone incursions" and had "at no point targeted civilians." Kostravan state television described the response as "Operation Steel Shield."

At a makeshift checkpoint on the highway west of the city, Ilona Vrabec, 63, sat on a suitcase holding a cat carrier. She had walked nearly six miles.

"I stayed in 1998. I stayed in 2011. This time the windows came in on my bed," she told CNN through an interpreter. "I am not staying again."

Dravik's mayor, Tomas Heller, said by phone that about a third of the city's 90,000 residents had already left.

"The hospital is working on generators, and we have diesel for four days," Heller said. "After that, I don't know."

Watch: Drone footage shows damage in Dravik 02:14

In the capital, Sarvo, government spokesman Andrej Kolar said Varenia would ask the United Nations Security Council to hold an emergency session.

"We are not asking anyone to fight for us," Kolar said. "We are asking the world to look."

A senior Western diplomat in Sarvo, who asked not to be named because they were not authorized to speak publicly, told CNN that both armies had been "moving heavy equipment toward the river for weeks."

"Nobody should be surprised by this," the diplomat said. "The question is whether either capital wants a way out."

Aid groups say they cannot reach the eastern half of the city. Dr. Sofia Mendel, country director for the charity Frontline Relief International, said her teams had 12 trucks of drinking water waiting in the town of Lenz, 30 miles away.

"We have the water. What we don't have is any guarantee that the trucks won't be shot at," Mendel said. "At the moment, nobody is giving us that guarantee."

Nearby, 17-year-old Marek Dusan was handing out bottled water from the back of his uncle's van. "My school is - was - two streets from the plant," the teenager said, before turning back to the line of cars.

CNN's Lena Kowalczyk contributed to this report.
""",
    [
        (
            "deliberately and without provocation,",
            "Defense Ministry",
            "Defense Ministry",
            "accused",
        ),
        (
            "repeated drone incursions",
            "foreign ministry",
            ("its foreign ministry", "foreign ministry"),
            ("ministry said", "said"),
        ),
        (
            "at no point targeted civilians.",
            "foreign ministry",
            ("its foreign ministry", "foreign ministry"),
            ("ministry said", "said"),
        ),
        (
            "I stayed in 1998. I stayed in 2011. This time the windows came in on my bed,",
            "Ilona Vrabec",
            ("she told CNN", "she"),
            ("she told CNN", "told"),
        ),
        (
            "I am not staying again.",
            "Ilona Vrabec",
            ("she told CNN", "she"),
            ("she told CNN", "told"),
        ),
        (
            "The hospital is working on generators, and we have diesel for four days,",
            "Tomas Heller",
            ("Heller said", "Heller"),
            ("Heller said", "said"),
        ),
        (
            "After that, I don't know.",
            "Tomas Heller",
            ("Heller said", "Heller"),
            ("Heller said", "said"),
        ),
        (
            "We are not asking anyone to fight for us,",
            "Andrej Kolar",
            ("Kolar said", "Kolar"),
            ("Kolar said", "said"),
        ),
        (
            "We are asking the world to look.",
            "Andrej Kolar",
            ("Kolar said", "Kolar"),
            ("Kolar said", "said"),
        ),
        (
            "moving heavy equipment toward the river for weeks.",
            "diplomat",
            "A senior Western diplomat",
            ("told CNN that", "told"),
        ),
        (
            "Nobody should be surprised by this,",
            "diplomat",
            "the diplomat",
            ("diplomat said", "said"),
        ),
        (
            "The question is whether either capital wants a way out.",
            "diplomat",
            "the diplomat",
            ("diplomat said", "said"),
        ),
        (
            "We have the water. What we don't have is any guarantee that the trucks won't be shot at,",
            "Sofia Mendel",
            ("Mendel said", "Mendel"),
            ("Mendel said", "said"),
        ),
        (
            "At the moment, nobody is giving us that guarantee.",
            "Sofia Mendel",
            ("Mendel said", "Mendel"),
            ("Mendel said", "said"),
        ),
        (
            "My school is - was - two streets from the plant,",
            "Marek Dusan",
            "the teenager",
            ("teenager said", "said"),
        ),
    ],
    ["Operation Steel Shield"],
)


if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind7_en.jsonl"), WORDS_RANGE)
