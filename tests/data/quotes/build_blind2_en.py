# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind2_en.jsonl: a second blind English set, written without seeing the extractor.

Written for depeche (CC0) by a helper who never read the quotes code, its data files, its tests
or the articles of the earlier team sets, for a fresh estimate of how the extractor does on unseen
English press: six invented news stories of 300-600 words (US local politics, a wire-service deal
story, a UK court report in British single quotes, a broadcaster's health story with present-tense
"says", an AP-style match report, a UK storm report), with scraping residue, straight and curly
marks, nested, interrupted and multi-paragraph quotes, partial quotes, headline quotes,
organisations, anonymous sources and unnamed people as speakers, addressees that do not speak
(told Reuters, told the BBC, the judge told her, said of Okafor), possessive apostrophes next to
single marks, and titles of events, products and programmes in marks (listed as non-quotes).
Same format and annotation conventions as build_dev.py: gold speakers are the canonical full name
in the document (organisations by their full name, unnamed people by the head of their role; an
unnamed spokesperson speaks for the body); mentions and cues are strings (or ``(context, string)``
pairs) found nearest to the quotation. Do not tune the extractor on this file.
Run ``python tests/data/quotes/build_blind2_en.py``.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 600)


article(
    "blind2-en01",
    "en",
    """Whitfield signs $4.2 billion school funding bill; teachers union says ‘the fight isn’t over’

By Marcus Lee | The Capital Ledger
Updated 6:14 p.m. PT March 18, 2025

SALEM — Gov. Dana Whitfield signed a $4.2 billion school funding package into law Tuesday, calling it “the biggest investment in Oregon classrooms in a generation” as dozens of students looked on from the bleachers of a middle school gymnasium.

“Every kid in this state deserves a teacher who isn’t buying crayons out of her own paycheck,” Whitfield said, drawing applause. “Today we start to fix that.”

The bill, which cleared the Legislature last week on a largely party-line vote, raises the per-student funding formula by 9% over two years and sets aside $310 million for special education. It also creates a grant program, dubbed “Ready to Read,” for districts that hire literacy coaches.

The Oregon Education Association, the state’s largest teachers union, welcomed the money but said it falls short of what districts need to bring down class sizes.

“This is a down payment, not a solution,” said Tamsin Ortega, the union’s president. “The fight isn’t over.”

Ortega said her members would be back at the Capitol in the fall to push for a dedicated mental health fund for schools, which lawmakers stripped from the bill in the final days of the session.

Principal Angela Mirza of Leslie Middle School, which hosted the signing, said her school lost two reading specialists to budget cuts in 2023. “We had kids in seventh grade reading at a second-grade level,” Mirza said, “and nobody to sit with them. Now maybe we will.”

Sign up for Capitol Briefing, our free weekday newsletter on Oregon politics.

Asked about the mental health fund, the governor said she was “open to the conversation” but wanted to see how the first year of new spending played out.

“I’m not going to promise something I can’t pay for. I’ve watched this building do that too many times,” she said.

Senate Minority Leader Carl Brandt, R-Bend, said the package spends money the state does not have. “We all want good schools,” Brandt told reporters after the ceremony. “But this budget assumes revenue that simply isn’t coming, and when the bill comes due, it’s the rural districts that will pay it.”

Republicans had pushed an amendment tying part of the money to third-grade reading scores. It failed 17-13.

Brandt, who is widely expected to run for governor next year, would not say whether he would campaign on repealing the measure.

“That’s a question for another day,” he said.

The first payments to districts are scheduled for September.

Marcus Lee covers the Legislature for The Capital Ledger. Reach him at mlee@capitalledger.com.""",
    [
        ("the fight isn’t over", "Oregon Education Association", "teachers union", "says"),
        (
            "the biggest investment in Oregon classrooms in a generation",
            "Dana Whitfield",
            "Gov. Dana Whitfield",
            "calling",
        ),
        (
            "Every kid in this state deserves a teacher who isn’t buying crayons out of her own paycheck",
            "Dana Whitfield",
            "Whitfield",
            "said",
        ),
        ("Today we start to fix that.", "Dana Whitfield", "Whitfield", "said"),
        ("This is a down payment, not a solution", "Tamsin Ortega", "Tamsin Ortega", "said"),
        ("The fight isn’t over.", "Tamsin Ortega", "Tamsin Ortega", "said"),
        (
            "We had kids in seventh grade reading at a second-grade level",
            "Angela Mirza",
            "Mirza",
            "said",
        ),
        ("and nobody to sit with them. Now maybe we will.", "Angela Mirza", "Mirza", "said"),
        ("open to the conversation", "Dana Whitfield", "the governor", "said"),
        (
            "I’m not going to promise something I can’t pay for. I’ve watched this building do that too many times",
            "Dana Whitfield",
            ("she said", "she"),
            "said",
        ),
        ("We all want good schools", "Carl Brandt", "Brandt", "told"),
        (
            "But this budget assumes revenue that simply isn’t coming, and when the bill comes due, it’s the rural districts that will pay it.",
            "Carl Brandt",
            "Brandt",
            "told",
        ),
        ("That’s a question for another day", "Carl Brandt", ("he said", "he"), "said"),
    ],
    ["Ready to Read,"],
)

article(
    "blind2-en02",
    "en",
    """Halvorsen Foods in advanced talks to buy popcorn maker Brightcrest -sources

By Priya Raman and Tom Keller

November 4, 2025 3:52 PM UTC Updated 2 hours ago

Nov 4 (Reuters) - Halvorsen Foods (HVF.N) is in advanced talks to acquire Brightcrest Brands, the maker of "Crunch Theory" popcorn, in a deal that would value the snack company at about $3 billion including debt, three people familiar with the matter said on Tuesday.

An agreement could be announced as soon as next week, the sources said, cautioning that the talks could still fall apart. They requested anonymity because the negotiations are confidential.

Halvorsen declined to comment. Brightcrest said it does "not comment on market rumors or speculation."

A deal would give Halvorsen, whose brands include Northfield cereals and Pantry Gold soups, a foothold in premium snacks, one of the few corners of the supermarket where volumes are still growing.

"The middle of the store is shrinking, and everybody in the industry knows it," one of the sources said. "Halvorsen needs growth it can't build in-house."

Halvorsen Chief Executive Gregory Tan told analysts last month that the company was "actively looking" for acquisitions after selling its frozen-meals unit in March.

"We have the balance sheet to be opportunistic, and we intend to be," Tan said on the company's Oct. 22 earnings call.

Brightcrest was founded in 2014 by Nadia Okonkwo, a former school chemistry teacher, and is majority-owned by private equity firm Ashgrove Capital, which bought its stake in 2021.

"We started this in a garage in Boise with a borrowed kettle," Okonkwo, who still owns about 8% of the company, told Reuters in an interview last year. "I used to hand out bags at high school football games."

A spokesperson for Ashgrove said the firm was "pleased with the company's trajectory" but declined to comment further.

Analysts said Halvorsen would likely have to pay a hefty premium.

"Brightcrest is exactly the kind of asset that gets bid up," said Laura Benning, an analyst at Crowley & Park, "because you simply don't find double-digit volume growth in packaged food anymore."

Halvorsen shares fell 2.1% in afternoon trading in New York after the Reuters report, while the broader consumer staples index was flat.

"Investors are going to ask whether they're overpaying for a fad," said Ming Zhao, a portfolio manager at Redwater Advisors, which holds Halvorsen stock. "Popcorn had a moment. Does it have a decade?"

One of the people said Halvorsen did not expect a lengthy antitrust review, since the two companies sell few overlapping products.

"We don't go head to head in a single category," the person said.

Halvorsen, based in Minneapolis, reported net sales of $11.4 billion last year.

(Reporting by Priya Raman in New York and Tom Keller in Chicago; Editing by Anna Driscoll)

Our Standards: The Thomson Reuters Trust Principles.""",
    [
        (
            "not comment on market rumors or speculation.",
            "Brightcrest Brands",
            "Brightcrest",
            "said",
        ),
        (
            "The middle of the store is shrinking, and everybody in the industry knows it",
            "source",
            "one of the sources",
            "said",
        ),
        ("Halvorsen needs growth it can't build in-house.", "source", "one of the sources", "said"),
        ("actively looking", "Gregory Tan", "Gregory Tan", "told"),
        (
            "We have the balance sheet to be opportunistic, and we intend to be",
            "Gregory Tan",
            "Tan",
            "said",
        ),
        (
            "We started this in a garage in Boise with a borrowed kettle",
            "Nadia Okonkwo",
            "Okonkwo",
            "told",
        ),
        (
            "I used to hand out bags at high school football games.",
            "Nadia Okonkwo",
            "Okonkwo",
            "told",
        ),
        ("pleased with the company's trajectory", "Ashgrove Capital", "A spokesperson", "said"),
        (
            "Brightcrest is exactly the kind of asset that gets bid up",
            "Laura Benning",
            "Laura Benning",
            "said",
        ),
        (
            "because you simply don't find double-digit volume growth in packaged food anymore.",
            "Laura Benning",
            "Laura Benning",
            "said",
        ),
        (
            "Investors are going to ask whether they're overpaying for a fad",
            "Ming Zhao",
            "Ming Zhao",
            "said",
        ),
        ("Popcorn had a moment. Does it have a decade?", "Ming Zhao", "Ming Zhao", "said"),
        (
            "We don't go head to head in a single category",
            "person",
            "the person",
            "said",
        ),
    ],
    ["Crunch Theory"],
)

article(
    "blind2-en03",
    "en",
    """‘You betrayed them repeatedly’: care home manager jailed for stealing £240,000 from residents

By Helen Cartwright, Crime Correspondent

Published: 14:32 BST, 9 May 2025 | Updated: 16:05 BST, 9 May 2025

A care home manager who stole more than £240,000 from elderly residents, several of them living with dementia, has been jailed for six years.

Sandra Pell, 52, used the residents’ bank cards to pay for holidays in Tenerife, a new kitchen and a static caravan, Shrewsbury Crown Court heard.

Sentencing her on Friday, Judge Michael Ashworth KC said Pell had shown ‘a level of greed and cruelty that is frankly hard to comprehend’.

‘You were trusted with the care of people who could not look after themselves,’ the judge told her. ‘Their families believed they were safe. You betrayed them, and you betrayed them repeatedly.

‘You have shown no real remorse. Even today, you describe what you did as “borrowing”.’

Pell, of Church Stretton, had pleaded guilty to 14 counts of fraud by abuse of position at an earlier hearing. She showed no emotion as the sentence was passed.

The thefts took place over almost four years at Larkhill House, a 40-bed home on the edge of Shrewsbury, and came to light when a resident’s son noticed cash withdrawals from his father’s account on days the pensioner had not left the building.

Prosecuting, Rachel Dunmore said Pell deliberately chose residents who had no regular visitors. ‘It was a systematic and carefully concealed fraud,’ Ms Dunmore told the court. ‘Nobody was checking their statements, and she knew it.’

She said that when one resident asked what had happened to his savings, Pell had lied to him. ‘She told him, “The council takes it for your fees”, and he believed her,’ Ms Dunmore said.

Read more: Nurse struck off after falsifying patient records at Telford hospital

Mitigating, Owen Price said his client had developed a serious gambling addiction after the death of her husband and was ‘deeply ashamed’ of what she had done.

In a victim impact statement read to the court, the daughter of one resident, 91-year-old Edna Clarke, said her mother had gone without new clothes for two years ‘because we were told there was no money left’.

‘Mum worked her whole life for that money. She wanted to leave something for the grandchildren, and now there’s nothing,’ she said.

Speaking outside court, Detective Constable Imran Shah, of West Mercia Police, said: ‘This was a gross breach of trust against some of the most vulnerable people in our community. I hope today’s sentence brings some comfort to the families.’

Larkhill Care Group, which runs the home, said in a statement it had ‘apologised unreservedly’ to the families affected and had since introduced independent audits of residents’ finances.

The court will consider a confiscation order at a hearing in September.

Share or comment on this article""",
    [
        ("You betrayed them repeatedly", "Michael Ashworth", None, None),
        (
            "a level of greed and cruelty that is frankly hard to comprehend",
            "Michael Ashworth",
            "Judge Michael Ashworth KC",
            "said",
        ),
        (
            "You were trusted with the care of people who could not look after themselves",
            "Michael Ashworth",
            "the judge",
            "told",
        ),
        (
            "Their families believed they were safe. You betrayed them, and you betrayed them repeatedly.",
            "Michael Ashworth",
            "the judge",
            "told",
        ),
        (
            "You have shown no real remorse. Even today, you describe what you did as “borrowing”.",
            "Michael Ashworth",
            None,
            None,
        ),
        (
            "It was a systematic and carefully concealed fraud",
            "Rachel Dunmore",
            "Ms Dunmore",
            "told",
        ),
        (
            "Nobody was checking their statements, and she knew it.",
            "Rachel Dunmore",
            "Ms Dunmore",
            "told",
        ),
        (
            "She told him, “The council takes it for your fees”, and he believed her",
            "Rachel Dunmore",
            "Ms Dunmore",
            "said",
        ),
        ("deeply ashamed", "Owen Price", "Owen Price", "said"),
        ("because we were told there was no money left", "daughter", "the daughter", "said"),
        (
            "Mum worked her whole life for that money. She wanted to leave something for the grandchildren, and now there’s nothing",
            "daughter",
            ("she said", "she"),
            "said",
        ),
        (
            "This was a gross breach of trust against some of the most vulnerable people in our community. I hope today’s sentence brings some comfort to the families.",
            "Imran Shah",
            "Detective Constable Imran Shah",
            "said",
        ),
        ("apologised unreservedly", "Larkhill Care Group", "Larkhill Care Group", "said"),
    ],
)

article(
    "blind2-en04",
    "en",
    """A cheap blood pressure pill may slow memory loss, a large trial finds

Heard on Morning Edition

By Jordan Alvarez

April 2, 2025 5:00 AM ET

5-Minute Listen
Transcript

A generic blood pressure drug that costs pennies a day slowed memory decline in older adults by about a fifth over three years, according to a study published Wednesday in The Lancet Neurology.

The trial, called "PROTECT-Mind," enrolled 4,100 people aged 65 and older with high blood pressure in Canada, the U.K. and Australia. Half took the drug, amlodipine, and half took a placebo.

"Honestly, we were surprised," says Dr. Hannah Kessler, a neurologist at McMaster University who led the study. "We expected a small signal at best. What we saw was a consistent effect across almost every group we looked at."

Kessler says the drug may work by improving blood flow through the tiny vessels deep in the brain, which stiffen and narrow with age.

"The brain is a very hungry organ," she says. "If you starve its plumbing for twenty years, it shows."

Not everyone is convinced. Dr. Robert Ferris, who studies dementia at the University of Washington and was not involved in the research, calls the results "interesting but not practice-changing."

"Three years is short for dementia, and the memory tests they used are pretty blunt instruments," Ferris says. He would like to see the same patients followed for at least five more years.

For Margaret Osei, 71, of Hamilton, Ontario, the numbers are personal. She joined the trial in 2021, a year after her older sister was diagnosed with Alzheimer's disease.

"I watched what it did to her," Osei says. "If there's a pill that gives me even one more good year, I'll take it, and I'll say thank you."

Osei doesn't know whether she got the drug or the placebo. She says she doesn't want to know.

Kessler cautions that the results apply only to people who already have high blood pressure.

"We did not test this in people with normal blood pressure, and I would be very worried about anyone starting a drug on their own after hearing this story.

"Talk to your doctor. Blood pressure that is too low carries its own risks, especially falls."

The Alzheimer's Association said in a statement that the study was "an important reminder that heart health is brain health," but urged people not to change their medication without medical advice.

The trial was funded by the Canadian Institutes of Health Research and the U.K.'s National Institute for Health and Care Research. No drug company was involved, which Ferris says is part of the problem: amlodipine has been off patent for years, so no one stands to make money from a bigger study.

According to Ferris, a larger trial "would settle this in five years, if someone would pay for it."

Copyright 2025 NPR""",
    [
        ("Honestly, we were surprised", "Hannah Kessler", "Dr. Hannah Kessler", "says"),
        (
            "We expected a small signal at best. What we saw was a consistent effect across almost every group we looked at.",
            "Hannah Kessler",
            "Dr. Hannah Kessler",
            "says",
        ),
        ("The brain is a very hungry organ", "Hannah Kessler", ("she says", "she"), "says"),
        (
            "If you starve its plumbing for twenty years, it shows.",
            "Hannah Kessler",
            ("she says", "she"),
            "says",
        ),
        (
            "interesting but not practice-changing.",
            "Robert Ferris",
            "Dr. Robert Ferris",
            "calls",
        ),
        (
            "Three years is short for dementia, and the memory tests they used are pretty blunt instruments",
            "Robert Ferris",
            "Ferris",
            "says",
        ),
        ("I watched what it did to her", "Margaret Osei", "Osei", "says"),
        (
            "If there's a pill that gives me even one more good year, I'll take it, and I'll say thank you.",
            "Margaret Osei",
            "Osei",
            "says",
        ),
        (
            "We did not test this in people with normal blood pressure, and I would be very worried about anyone starting a drug on their own after hearing this story.",
            "Hannah Kessler",
            "Kessler",
            "cautions",
        ),
        (
            "Talk to your doctor. Blood pressure that is too low carries its own risks, especially falls.",
            "Hannah Kessler",
            "Kessler",
            "cautions",
        ),
        (
            "an important reminder that heart health is brain health",
            "Alzheimer's Association",
            "The Alzheimer's Association",
            "said",
        ),
        (
            "would settle this in five years, if someone would pay for it.",
            "Robert Ferris",
            ("According to Ferris", "Ferris"),
            "According to",
        ),
    ],
    ["PROTECT-Mind,"],
)

article(
    "blind2-en05",
    "en",
    """Okafor's late winner lifts Harbor City past Redwood in Bridge Derby

By DEREK WALLACE AP Sports Writer

Updated 11:48 PM PDT, June 7, 2025

SEATTLE (AP) — Chidi Okafor scored in the 88th minute and Harbor City FC beat Redwood United 2-1 on Saturday night in the season's first "Bridge Derby."

Okafor, who came on as a substitute in the 70th minute, ran onto a long clearance from goalkeeper Mateo Ruiz and chipped the ball over Redwood's Sam Whitley, who had come off his line.

"Honestly, I just closed my eyes and hoped," Okafor said. "Mateo put it right on my foot. All I had to do was not mess it up."

Redwood took the lead in the 31st minute on Luis Carrera's header from a corner. Harbor City equalized four minutes after halftime when Jonah Beck's cross deflected in off defender Pablo Ortiz.

Harbor City coach Ines Vidal said she had told Okafor at halftime to be ready.

"He's been so patient this year," Vidal said. "He doesn't complain, he doesn't sulk, he trains like a starter. Tonight he got his reward."

Redwood coach Bill Thorsen didn't hide his frustration.

"We gave them the game," Thorsen said. "Two mistakes, two goals. You can't do that in a derby, not in this building."

Asked whether Okafor had fouled Whitley before the winner, Thorsen smiled. "I'll leave that one to you guys," he told reporters. "I don't want to get fined."

Thorsen was more generous about the scorer.

"He's a pest," Thorsen said of Okafor, "and I mean that as a compliment."

Whitley, who has started all 14 of Redwood's league games, took the blame for the winner.

"It's on me," said Whitley. "I came for it and I shouldn't have. Simple as that."

Ruiz, asked about his assist, quipped: "I'm a playmaker now. Put me in midfield."

A sellout crowd of 24,880 at Pier Stadium saw Harbor City move within two points of first-place Denver in the Western Conference. Redwood has lost three of its last four.

Harbor City has now won five straight at home, its longest run since 2019. Vidal, in her second season, has leaned heavily on a young midfield, with three starters under 22.

The teams meet again on Aug. 16 in Tacoma.

UP NEXT

Harbor City: At Denver on Saturday.

Redwood: Hosts Portland on Wednesday.

___

AP soccer: https://apnews.com/hub/soccer""",
    [
        ("Honestly, I just closed my eyes and hoped", "Chidi Okafor", "Okafor", "said"),
        (
            "Mateo put it right on my foot. All I had to do was not mess it up.",
            "Chidi Okafor",
            "Okafor",
            "said",
        ),
        ("He's been so patient this year", "Ines Vidal", "Vidal", "said"),
        (
            "He doesn't complain, he doesn't sulk, he trains like a starter. Tonight he got his reward.",
            "Ines Vidal",
            "Vidal",
            "said",
        ),
        ("We gave them the game", "Bill Thorsen", "Thorsen", "said"),
        (
            "Two mistakes, two goals. You can't do that in a derby, not in this building.",
            "Bill Thorsen",
            "Thorsen",
            "said",
        ),
        ("I'll leave that one to you guys", "Bill Thorsen", ("he told", "he"), "told"),
        ("I don't want to get fined.", "Bill Thorsen", ("he told", "he"), "told"),
        ("He's a pest", "Bill Thorsen", ("Thorsen said of", "Thorsen"), "said"),
        (
            "and I mean that as a compliment.",
            "Bill Thorsen",
            ("Thorsen said of", "Thorsen"),
            "said",
        ),
        ("It's on me", "Sam Whitley", ("said Whitley", "Whitley"), "said"),
        (
            "I came for it and I shouldn't have. Simple as that.",
            "Sam Whitley",
            ("said Whitley", "Whitley"),
            "said",
        ),
        ("I'm a playmaker now. Put me in midfield.", "Mateo Ruiz", "Ruiz", "quipped"),
    ],
    ["Bridge Derby."],
)

article(
    "blind2-en06",
    "en",
    """Storm Isla: Hundreds evacuated as River Severn floods Bewdley

Published 3 hours ago

Share

Save

Jane Holloway
BBC News, Worcestershire

More than 400 people have been moved from their homes in Bewdley, Worcestershire, after the River Severn overtopped temporary flood barriers overnight during Storm Isla.

Firefighters used boats to rescue 37 people from houses and flats along the riverside, Hereford and Worcester Fire and Rescue Service said.

Pauline Greaves, 68, was carried from her front door by firefighters at about 03:00 GMT on Sunday.

“The water was up to the second stair when I woke up,” she told the BBC. “I’ve lived here thirty years and I’ve never seen it come up that fast.”

Her neighbour, Tom, who did not want to give his surname, said: “The barriers went up on Friday but the river just went round the end of them. There was nothing anyone could do.”

Environment Agency flood duty manager Kerry Blackwood said the barriers had performed “as designed” but that river levels had exceeded the forecasts issued on Saturday.

“We are seeing river levels we would normally expect once in every 50 years,” she said.

“People should not be driving through flood water. It takes just 30cm of moving water to float a car.”

Read more: How to protect your home from flooding

The Met Office said in a statement that a further 40-60mm of rain could fall over the Welsh hills on Monday, “prolonging the risk of flooding downstream for several days”.

An amber weather warning for rain remains in place until 18:00 on Monday.

The leader of Wyre Forest District Council, Graham Lusk, told BBC Hereford and Worcester that a rest centre had been opened at the town’s leisure centre.

“We’ve got hot food, camp beds and volunteers who have been absolutely brilliant,” he said.

The council has urged residents to sign up for its “Flood Alert Direct” text service, which sends warnings to mobile phones.

One shop owner on Load Street, who asked not to be named, said flood insurance was now “impossible to get” for businesses near the river.

“We were flooded in 2020 and again in 2024. After this, I don’t know if we open again,” he said.

A government spokesperson said: “Our thoughts are with everyone affected. We are in close contact with the Environment Agency and local responders, and we stand ready to provide further support.”

Bewdley has flooded repeatedly in recent winters, and residents have long campaigned for permanent defences on the Wribbenhall side of the river.

Related Topics

Flooding
Bewdley
Worcestershire""",
    [
        (
            "The water was up to the second stair when I woke up",
            "Pauline Greaves",
            ("she told", "she"),
            "told",
        ),
        (
            "I’ve lived here thirty years and I’ve never seen it come up that fast.",
            "Pauline Greaves",
            ("she told", "she"),
            "told",
        ),
        (
            "The barriers went up on Friday but the river just went round the end of them. There was nothing anyone could do.",
            "Tom",
            ("Her neighbour, Tom", "Tom"),
            "said",
        ),
        ("as designed", "Kerry Blackwood", "Kerry Blackwood", "said"),
        (
            "We are seeing river levels we would normally expect once in every 50 years",
            "Kerry Blackwood",
            ("she said", "she"),
            "said",
        ),
        (
            "People should not be driving through flood water. It takes just 30cm of moving water to float a car.",
            "Kerry Blackwood",
            None,
            None,
        ),
        (
            "prolonging the risk of flooding downstream for several days",
            "Met Office",
            "The Met Office",
            "said",
        ),
        (
            "We’ve got hot food, camp beds and volunteers who have been absolutely brilliant",
            "Graham Lusk",
            ("he said", "he"),
            "said",
        ),
        ("impossible to get", "shop owner", "One shop owner", "said"),
        (
            "We were flooded in 2020 and again in 2024. After this, I don’t know if we open again",
            "shop owner",
            ("he said", "he"),
            "said",
        ),
        (
            "Our thoughts are with everyone affected. We are in close contact with the Environment Agency and local responders, and we stand ready to provide further support.",
            "government",
            "A government spokesperson",
            "said",
        ),
    ],
    ["Flood Alert Direct"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind2_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
