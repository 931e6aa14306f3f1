# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind6_en.jsonl: a sixth blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a wire-service state politics story
(a water bill and a veto threat), a markets story on a mine closure (filings, analysts, an
anonymous banker), a British feature on an island that lost its ferry (single quotation marks
and apostrophes), a crown court sentencing report (a multi-paragraph victim statement), a US
basketball game story (straight marks, inner single quotes, a nickname), a science story on a
study (a paper title and a vehicle nickname in marks), a local TV crime story with a police
spokesperson, and a magazine profile with long multi-paragraph quotes. Marks vary: curly double,
straight double, British curly single (with curly double inside), and curly or straight single
quotes inside double ones. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind6_en.py`` after editing.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind6-en01",
    "en",
    """Westmark Senate passes water rights overhaul after all-night session; governor vows veto

By DANA KOWALCZYK and RAFAEL OSTROWSKI
Updated 6:42 AM EDT, April 17, 2026
Share
Copy Link copied

LINDEN FALLS, Westmark (AP) — The Westmark Senate passed a sweeping overhaul of the state’s water rights system early Thursday after a 14-hour session marked by procedural fights, setting up a showdown with Gov. Marisa Delacroix, who has promised to veto it.

The bill, dubbed the “Tamsin Compact” by its supporters, passed 21-18 and would cap agricultural withdrawals from the Tamsin River basin for the first time in the state’s history.

“This is the most important vote most of us will ever cast,” said Senate Majority Leader Harold Brandt, a Democrat from Ostego County, shortly before the roll call. “Our grandchildren will ask what we did when the river ran dry.”

Republicans, joined by two rural Democrats, argued that the caps would bankrupt family farms. Sen. Lorraine Pettibone, R-Calder, called the measure “a death sentence written in legalese” and accused Brandt of rushing it through “in the dark of night.”

“Nobody in my district had a chance to read this thing,” Pettibone told The Associated Press after the vote. “They found out from a text message at 3 in the morning.”

Delacroix, a Republican in her second term, did not wait long to respond. In a statement released minutes after the vote, she said she would “veto this bill the moment it reaches my desk” and urged lawmakers to “come back to the table.”

ADVERTISEMENT

An override requires 26 votes, five more than the bill received.

A senior Democratic aide, who spoke on condition of anonymity to discuss private negotiations, said the party’s leadership had “no illusions” about an override. “We’re not counting on 26. We’re counting on the governor blinking first,” the aide said.

The fight has been building for two years, since a drought forced Linden Falls to truck in drinking water for 11 weeks. Mayor Teodoro Baptiste, who testified for the bill in committee, watched the final vote from the gallery.

“I’ve had people in my office crying because their wells came up sand,” Baptiste said. “I don’t want to hear that this is about politics. It’s about whether a town of 60,000 people gets to keep existing.”

The Westmark Farm Bureau said in a statement that it would sue if the caps took effect, calling them “unconstitutional on their face.” Its president, Curtis Hagedorn, said farmers had already cut their water use by a fifth since 2019. “We have done our part,” he said, “and now we’re being told to do it all again.”

Brandt said he had not spoken with the governor since Tuesday. Asked whether he expected a compromise before the bill reaches her, he shrugged.

“Ask me Monday.”

___

Associated Press writer Kim Oduya in Calder contributed to this report.""",
    [
        (
            "This is the most important vote most of us will ever cast,",
            "Harold Brandt",
            "Harold Brandt",
            "said",
        ),
        (
            "Our grandchildren will ask what we did when the river ran dry.",
            "Harold Brandt",
            None,
            None,
        ),
        (
            "a death sentence written in legalese",
            "Lorraine Pettibone",
            "Sen. Lorraine Pettibone",
            "called",
        ),
        ("in the dark of night.", "Lorraine Pettibone", "Sen. Lorraine Pettibone", "accused"),
        (
            "Nobody in my district had a chance to read this thing,",
            "Lorraine Pettibone",
            ("Pettibone told", "Pettibone"),
            "told",
        ),
        (
            "They found out from a text message at 3 in the morning.",
            "Lorraine Pettibone",
            None,
            None,
        ),
        (
            "veto this bill the moment it reaches my desk",
            "Marisa Delacroix",
            ("she said she", "she"),
            "said",
        ),
        ("come back to the table.", "Marisa Delacroix", ("she said she", "she"), "urged"),
        ("no illusions", "aide", "A senior Democratic aide", "said"),
        (
            "We’re not counting on 26. We’re counting on the governor blinking first,",
            "aide",
            ("the aide said", "the aide"),
            "said",
        ),
        (
            "I’ve had people in my office crying because their wells came up sand,",
            "Teodoro Baptiste",
            ("Baptiste said", "Baptiste"),
            "said",
        ),
        (
            "I don’t want to hear that this is about politics. It’s about whether a town of 60,000 people gets to keep existing.",
            "Teodoro Baptiste",
            None,
            None,
        ),
        (
            "unconstitutional on their face.",
            "Westmark Farm Bureau",
            "The Westmark Farm Bureau",
            "calling",
        ),
        ("We have done our part,", "Curtis Hagedorn", ("he said", "he"), "said"),
        (
            "and now we’re being told to do it all again.",
            "Curtis Hagedorn",
            ("he said", "he"),
            "said",
        ),
        ("Ask me Monday.", "Harold Brandt", None, None),
    ],
    ["Tamsin Compact"],
)

article(
    "blind6-en02",
    "en",
    """Brightwater Minerals shares sink 14% after safety halt at flagship copper mine

By Priya Raman and Tomasz Wielgus
March 9, 2026 4:17 PM UTC Updated 2 hours ago

March 9 (Reuters) - Shares of Brightwater Minerals (BWM.N) fell as much as 14% on Monday after the copper miner said it had suspended operations at its Kestrel Point mine following a tunnel collapse that injured two contractors, wiping roughly $2.1 billion off its market value.

In a filing with securities regulators late on Sunday, the company said the suspension was "precautionary" and that it could not yet estimate how long the mine would remain closed. It withdrew its full-year production guidance.

"Our first priority is the safety of every person on that site, and we will not restart until we are completely satisfied that it is safe to do so," Chief Executive Gareth Lowndes said on a call with analysts.

Lowndes said the two injured workers, employed by contractor Deepcut Services, were in stable condition. He declined to give a timeline, telling analysts only that the review would be "measured in weeks, not days."

"We have been mining at Kestrel Point for 22 years," Lowndes said, "and we have never had an incident of this kind."

Kestrel Point accounted for about 38% of Brightwater's copper output last year, according to company filings.

The Reuters Daily Briefing newsletter provides all the news you need to start your day. Sign up here.

Analysts were quick to cut their targets. "The market is pricing in a three-month outage, and frankly that might be optimistic," said Ines Carvalho, an analyst at Moorgate Securities, who downgraded the stock to "underperform" from "neutral."

Another analyst, who asked not to be named because his firm advises the company, said the bigger worry was the regulator. "If the inspectors find a structural problem in the main decline, you're looking at a redesign, and that's a year," he told Reuters.

The Calder Provincial Mines Inspectorate said in a statement it had opened an investigation and that its officers were "on site and will remain on site." A spokesperson for the inspectorate declined to comment further.

The halt comes at an awkward moment for Brightwater, which is in the middle of a $900 million bond sale to fund its "Copper 2030" expansion plan. A banker working on the deal said marketing had been paused. "Nobody wants to price paper into this right now," the banker said, speaking on condition of anonymity because the talks are private.

Brightwater's chief financial officer, Adaeze Nwankwo, told analysts the company had "ample liquidity" and no debt maturities before 2028. "We have $1.4 billion in cash and an undrawn revolver. This is not a balance sheet event," she said.

Deepcut Services did not respond to a request for comment.

Shares of smaller rival Ferrano Copper (FRC.TO) rose 3.2% in Toronto. A Ferrano spokesman said the company "does not comment on competitors' operations."

Brightwater stock closed down 11.8% at $41.06, its lowest since November 2024.

(Reporting by Priya Raman in Calder and Tomasz Wielgus in New York; Editing by Louise Harcourt)

Our Standards: The Thomson Reuters Trust Principles.""",
    [
        ("precautionary", "Brightwater Minerals", "the company", "said"),
        (
            "Our first priority is the safety of every person on that site, and we will not restart until we are completely satisfied that it is safe to do so,",
            "Gareth Lowndes",
            "Gareth Lowndes",
            "said",
        ),
        ("measured in weeks, not days.", "Gareth Lowndes", ("He declined", "He"), "telling"),
        (
            "We have been mining at Kestrel Point for 22 years,",
            "Gareth Lowndes",
            ("Lowndes said, ", "Lowndes"),
            "said",
        ),
        (
            "and we have never had an incident of this kind.",
            "Gareth Lowndes",
            ("Lowndes said, ", "Lowndes"),
            "said",
        ),
        (
            "The market is pricing in a three-month outage, and frankly that might be optimistic,",
            "Ines Carvalho",
            "Ines Carvalho",
            "said",
        ),
        (
            "If the inspectors find a structural problem in the main decline, you're looking at a redesign, and that's a year,",
            "analyst",
            ("he told Reuters", "he"),
            "told",
        ),
        (
            "on site and will remain on site.",
            "Calder Provincial Mines Inspectorate",
            "Calder Provincial Mines Inspectorate",
            "said",
        ),
        (
            "Nobody wants to price paper into this right now,",
            "banker",
            ("the banker said", "the banker"),
            "said",
        ),
        ("ample liquidity", "Adaeze Nwankwo", "Adaeze Nwankwo", "told"),
        (
            "We have $1.4 billion in cash and an undrawn revolver. This is not a balance sheet event,",
            "Adaeze Nwankwo",
            ("she said", "she"),
            "said",
        ),
        (
            "does not comment on competitors' operations.",
            "spokesman",
            "A Ferrano spokesman",
            "said",
        ),
    ],
    ["underperform", "neutral.", "Copper 2030"],
)

article(
    "blind6-en03",
    "en",
    """‘We’re being left to drown slowly’: the island that lost its ferry

For six weeks, the 212 people of Inchmorra have had no boat, no timetable and no answers. Their patience is running out

Morag Tulloch
Sat 14 Mar 2026 07.00 GMT
Share on Facebook Share on Twitter Share via Email

At half past six on a Tuesday morning, Ishbel MacRury is already on the slipway at Port Anndra, watching the grey water where the MV Corrag used to come in. The ferry has not sailed to Inchmorra for 41 days.

‘I’ve done this every morning since it stopped. Habit, I suppose. Or hope,’ she says.

MacRury, 67, runs the island’s only shop and post office. Since the Corrag was withdrawn for what its operator, Westhaven Marine Services, called ‘urgent hull repairs’, her deliveries have come twice a week on a chartered fishing boat.

‘The milk comes in a fish box,’ she says, laughing, ‘and I’m not complaining about the milk. I’m complaining that nobody will tell us when it ends. We’re being left to drown slowly, and everyone’s very polite about it.’

Ishbel MacRury at the slipway in Port Anndra. Photograph: Callum Reid/The Guardian

The island’s doctor is less inclined to laugh. ‘Last month I had a patient with chest pains and no way off the island except the lifeboat,’ says Dr Alasdair Finlayson, who has been Inchmorra’s GP for 19 years. ‘That’s not a transport problem. That’s a clinical risk.’

He has written to the Outer Isles Health Board three times. The board, in a reply he showed me, described the situation as ‘under active review’.

In a statement, Westhaven Marine Services said it expected the Corrag to return to service ‘in the spring’. A spokesperson added: ‘Our engineers are working around the clock. We understand the frustration of the community and we are sorry.’

Nobody I spoke to on the island found that reassuring.

‘In the spring,’ repeats Calum Beaton, a crofter whose family has worked the same 30 acres above the harbour since the 1850s, ‘they said that about the last boat too.’

Beaton, 52, keeps a video on his phone of a government minister standing on the pier in 2022, the day the Corrag was launched. ‘He looked straight at us and said, “You will never be cut off again,”’ Beaton says. ‘I play it to my sheep now.’

The islanders have started a campaign, ‘Bring Back the Corrag’, and more than 9,000 people have signed its petition. Its organiser, the primary school teacher Fiona Gilchrist, says the anger is about more than one ship: every island that loses its boat, she argues, loses its young people five years later.

Sign up to This is Europe, our free weekly newsletter

Back on the slipway, the fishing boat has arrived, an hour late, with six crates and the post. MacRury signs for it and looks back at the empty berth.

‘They’ll fix it,’ she says eventually. ‘The question is whether there’ll be anyone left here to use it.’

This article was amended on 16 March 2026 to correct the spelling of Port Anndra.""",
    [
        ("We’re being left to drown slowly", "Ishbel MacRury", None, None),
        (
            "I’ve done this every morning since it stopped. Habit, I suppose. Or hope,",
            "Ishbel MacRury",
            ("Or hope,’ she says", "she"),
            "says",
        ),
        (
            "urgent hull repairs",
            "Westhaven Marine Services",
            ("its operator, Westhaven Marine Services", "Westhaven Marine Services"),
            "called",
        ),
        ("The milk comes in a fish box,", "Ishbel MacRury", ("she says, laughing", "she"), "says"),
        (
            "and I’m not complaining about the milk. I’m complaining that nobody will tell us when it ends. We’re being left to drown slowly, and everyone’s very polite about it.",
            "Ishbel MacRury",
            ("she says, laughing", "she"),
            "says",
        ),
        (
            "Last month I had a patient with chest pains and no way off the island except the lifeboat,",
            "Alasdair Finlayson",
            "Alasdair Finlayson",
            "says",
        ),
        (
            "That’s not a transport problem. That’s a clinical risk.",
            "Alasdair Finlayson",
            None,
            None,
        ),
        ("under active review", "Outer Isles Health Board", ("The board", "board"), "described"),
        (
            "in the spring",
            "Westhaven Marine Services",
            ("In a statement, Westhaven Marine Services", "Westhaven Marine Services"),
            "said",
        ),
        (
            "Our engineers are working around the clock. We understand the frustration of the community and we are sorry.",
            "spokesperson",
            "A spokesperson",
            "added",
        ),
        ("In the spring,", "Calum Beaton", "Calum Beaton", "repeats"),
        ("they said that about the last boat too.", "Calum Beaton", "Calum Beaton", "repeats"),
        (
            "He looked straight at us and said, “You will never be cut off again,”",
            "Calum Beaton",
            ("Beaton says", "Beaton"),
            "says",
        ),
        ("I play it to my sheep now.", "Calum Beaton", None, None),
        ("They’ll fix it,", "Ishbel MacRury", ("she says eventually", "she"), "says"),
        (
            "The question is whether there’ll be anyone left here to use it.",
            "Ishbel MacRury",
            None,
            None,
        ),
    ],
    ["Bring Back the Corrag"],
)

article(
    "blind6-en04",
    "en",
    """Dunmere man jailed for ‘callous’ phone scam on pensioners

Hannah Pryce
BBC News, Dunmere
Published 11 February 2026
Share
Save

Image source, Dunmere Police
Image caption, Lewis Crane admitted 23 counts of fraud by false representation

A man who posed as a bank fraud investigator to steal more than £380,000 from elderly people has been jailed for nine years.

Lewis Crane, 34, of Harrowgate Road, Dunmere, targeted 23 victims aged between 71 and 94 over an 18-month period, Dunmere Crown Court heard.

Sentencing him on Tuesday, Judge Eleanor Marsh told Crane his offending had been “calculated, callous and utterly without pity”.

“You chose your victims precisely because they were old, because they were trusting, and because they lived alone,” she said. “You took from them not only their savings but their confidence in the world.”

The court heard that Crane would telephone victims claiming to be from the fraud department of their bank, tell them their account had been compromised and persuade them to move their money into a “safe account” he controlled.

Prosecutor Simon Adeyemi said police had found a 14-page script on Crane’s laptop, saved in a folder titled “Operation Safe Hands”, with separate answers for victims who became suspicious.

“This was not opportunism,” Mr Adeyemi told the court. “It was a business, and the defendant ran it like one.”

An 88-year-old widow from Kellingford, who cannot be named for legal reasons, lost £61,000. In a statement read to the court, she said:

“I used to answer the phone without thinking. Now I let it ring until it stops.

“My son has had to take over my money. I feel like a child in my own home.

“I don’t sleep. I keep thinking I should have known, and everyone tells me I couldn’t have.”

Crane, who wore a grey jumper and showed no emotion as the statement was read, pleaded guilty at an earlier hearing.

Defending, Rachel Ormsby said Crane had run up gambling debts and had been “drawn in” by an organised group he was frightened of. She told the court her client was “genuinely ashamed” and had written letters of apology to each of his victims.

But the judge said she had seen “no evidence whatsoever” that anyone had forced Crane to do anything. “The letters came after the arrest, Mr Crane, not before it,” she said.

Related topics
Dunmere
Fraud

After the hearing, Det Insp Neil Cotterill, of Dunmere Police, said: “Lewis Crane preyed on some of the most vulnerable people in our community. I hope today’s sentence gives his victims some measure of peace.”

“Your bank will never ask you to move your money to keep it safe,” he added. “If you get a call like this, hang up.”

Only about £40,000 has so far been recovered. A Proceeds of Crime Act hearing is due to take place in June.

More on this story
Warning over rise in courier fraud targeting over-70s""",
    [
        ("callous", "Eleanor Marsh", None, None),
        (
            "calculated, callous and utterly without pity",
            "Eleanor Marsh",
            "Judge Eleanor Marsh",
            "told",
        ),
        (
            "You chose your victims precisely because they were old, because they were trusting, and because they lived alone,",
            "Eleanor Marsh",
            ("she said. “You", "she"),
            "said",
        ),
        (
            "You took from them not only their savings but their confidence in the world.",
            "Eleanor Marsh",
            None,
            None,
        ),
        ("This was not opportunism,", "Simon Adeyemi", "Mr Adeyemi", "told"),
        ("It was a business, and the defendant ran it like one.", "Simon Adeyemi", None, None),
        (
            "I used to answer the phone without thinking. Now I let it ring until it stops.",
            "widow",
            ("she said:", "she"),
            "said",
        ),
        (
            "My son has had to take over my money. I feel like a child in my own home.",
            "widow",
            ("she said:", "she"),
            "said",
        ),
        (
            "I don’t sleep. I keep thinking I should have known, and everyone tells me I couldn’t have.",
            "widow",
            ("she said:", "she"),
            "said",
        ),
        ("drawn in", "Rachel Ormsby", "Rachel Ormsby", "said"),
        ("genuinely ashamed", "Rachel Ormsby", ("She told the court", "She"), "told"),
        ("no evidence whatsoever", "Eleanor Marsh", "the judge", "said"),
        (
            "The letters came after the arrest, Mr Crane, not before it,",
            "Eleanor Marsh",
            ("not before it,” she said", "she"),
            "said",
        ),
        (
            "Lewis Crane preyed on some of the most vulnerable people in our community. I hope today’s sentence gives his victims some measure of peace.",
            "Neil Cotterill",
            "Det Insp Neil Cotterill",
            "said",
        ),
        (
            "Your bank will never ask you to move your money to keep it safe,",
            "Neil Cotterill",
            ("he added", "he"),
            "added",
        ),
        ("If you get a call like this, hang up.", "Neil Cotterill", ("he added", "he"), "added"),
    ],
    ["safe account", "Operation Safe Hands"],
)

article(
    "blind6-en05",
    "en",
    """Okafor's career-high 41 lifts Mariners past Vipers in overtime

Jake Pellerin
Harbor City Herald
Published 10:48 p.m. ET Jan. 22, 2026 | Updated 12:15 a.m. ET Jan. 23, 2026

Desmond Okafor scored 41 points against Ridgeport on Thursday. Photo: Marcus Bell/Harbor City Herald

HARBOR CITY - Desmond Okafor had a simple explanation for the best night of his career.

"The rim looked like a swimming pool," the Mariners guard said after scoring a career-high 41 points in a 118-112 overtime win over the Ridgeport Vipers on Thursday night. "Everything I threw up went in. You don't question that. You just keep shooting."

Okafor, whom teammates have called "Splash" since his rookie season, went 8-of-12 from 3-point range and scored nine of Harbor City's 13 points in overtime. The Mariners (27-18) have now won six straight at home.

"He's been in this gym at 6 a.m. every day since training camp," coach Terrence Vail said. "Nights like this don't come from nowhere."

The Mariners trailed by nine with four minutes left in regulation before a 12-3 run, capped by Okafor's step-back 3 with 1.9 seconds remaining, forced the extra period.

"We were down nine with four minutes to go," Vail said, "and nobody on that bench blinked. Not one guy."

Rookie center Malik Osei-Bonsu, who finished with 16 points and 14 rebounds, said the plan at halftime had not been complicated.

"He walked in, sat down and said, 'Just get me the ball,'" Osei-Bonsu said. "So we got him the ball."

ADVERTISEMENT

Ridgeport coach Amy Strandberg was less charitable about her own team's defense. "We let a great shooter get comfortable, and you can't do that in this league," she said. "That's on me. I've got to have them better prepared."

The Vipers (22-24) got 33 points from Tyrell Haskins, who rolled his left ankle late in the third quarter and played the rest of the game with a noticeable limp.

"It's nothing. I'll be ready Saturday," Haskins said.

According to Strandberg, Haskins will have an MRI on Friday "just to be safe." She did not sound convinced by her star's diagnosis. "Tyrell would tell you he's fine if his leg fell off," she said.

Okafor, for his part, insisted the night was not about him. Asked about the chants of "M-V-P" that rang around the arena in overtime, he smiled and shook his head.

"That's nice of them," he said. "But ask me in April."

Sign up for the Mariners Insider newsletter and get every game story in your inbox.

Up next

Vipers: Host Capital Falls on Saturday.

Mariners: At Port Selwyn on Saturday.""",
    [
        (
            "The rim looked like a swimming pool,",
            "Desmond Okafor",
            "the Mariners guard",
            "said",
        ),
        (
            "Everything I threw up went in. You don't question that. You just keep shooting.",
            "Desmond Okafor",
            None,
            None,
        ),
        (
            "He's been in this gym at 6 a.m. every day since training camp,",
            "Terrence Vail",
            "coach Terrence Vail",
            "said",
        ),
        ("Nights like this don't come from nowhere.", "Terrence Vail", None, None),
        (
            "We were down nine with four minutes to go,",
            "Terrence Vail",
            ("Vail said, ", "Vail"),
            "said",
        ),
        (
            "and nobody on that bench blinked. Not one guy.",
            "Terrence Vail",
            ("Vail said, ", "Vail"),
            "said",
        ),
        (
            "He walked in, sat down and said, 'Just get me the ball,'",
            "Malik Osei-Bonsu",
            ("Osei-Bonsu said. ", "Osei-Bonsu"),
            "said",
        ),
        ("So we got him the ball.", "Malik Osei-Bonsu", None, None),
        (
            "We let a great shooter get comfortable, and you can't do that in this league,",
            "Amy Strandberg",
            ("she said. \"That's on me", "she"),
            "said",
        ),
        ("That's on me. I've got to have them better prepared.", "Amy Strandberg", None, None),
        ("It's nothing. I'll be ready Saturday,", "Tyrell Haskins", "Haskins", "said"),
        (
            "just to be safe.",
            "Amy Strandberg",
            ("According to Strandberg", "Strandberg"),
            "According to",
        ),
        (
            "Tyrell would tell you he's fine if his leg fell off,",
            "Amy Strandberg",
            ('leg fell off," she said', "she"),
            "said",
        ),
        ("That's nice of them,", "Desmond Okafor", ('he said. "But', "he"), "said"),
        ("But ask me in April.", "Desmond Okafor", None, None),
    ],
    ["Splash", "M-V-P"],
)

article(
    "blind6-en06",
    "en",
    """Glass sponges kept a 9,000-year record of ocean temperature, scientists say

Deep-sea animals that grow a layer of silica each year could fill a gap in the climate record, but other researchers urge caution

Nadia Ferreira-Holt
Science correspondent
Wed 5 Aug 2026 16.00 BST

Glass sponges that grow for thousands of years on the floor of the North Veyra Sea have preserved an almost continuous record of ocean temperatures reaching back to the end of the last ice age, according to a study published on Wednesday.

The research, which appears in the journal Marine Archives under the title “Silica isotopes in hexactinellid skeletons track Holocene bottom-water change”, analysed 14 sponges collected by a remotely operated vehicle that the crew had nicknamed “Old Grumpy” after its habit of losing power at depth.

“They are essentially living thermometers,” said Dr Yusuf Amadi, a palaeoceanographer at the University of Carrowmore and the study’s lead author. “Every layer of silica the sponge lays down carries a chemical fingerprint of the water it grew in.”

The oldest specimen, Amadi said, was around 9,200 years old. “When we counted the layers, we genuinely didn’t believe it,” he said. “We ran the analysis again. And again. The number didn’t change.”

Read more: The hidden forests of the deep sea are older than we thought

The team found that bottom waters in the region warmed by about 1.5C between 8,000 and 6,000 years ago, then cooled slowly until the 19th century.

“The surprising thing is not that the water warmed,” said Prof Linnea Sørvik of the Bergvik Institute for Polar Research, a co-author, “but how quickly it happened: in some centuries the change was as large as anything we are measuring today.”

Other scientists welcomed the findings but said they needed to be checked. Dr Marguerite Olufemi, a biogeochemist at Halston University who was not involved in the study, called the work “a genuinely important archive” but warned that the dating method “still has to be tested against independent records”.

“Sponges are not tree rings,” she said. “They can be damaged, they can regrow, and we don’t fully understand their biology yet. I would want to see this replicated at a second site before anyone builds a climate model on it.”

Amadi accepted the point. “Marguerite is right to push us,” he said. “One site is one site.”

The sponge grounds lie inside a fishing exclusion zone established in 2019. The North Veyra Fisheries Authority said the findings would be “considered carefully” as part of a review of the zone’s boundaries due next year, but gave no indication that it planned to extend them.

Conservation group Deepwater Watch urged the authority to go further, saying in a statement that trawling nets had already destroyed sponges “older than the pyramids” elsewhere in the sea.

According to Amadi, the team hopes to return next summer with a larger vehicle. “There are sponge fields out there that we think are even older,” he said. “We are not going to run out of questions.”

Sign up to First Light, our free daily science newsletter

Photograph: Carrowmore Ocean Laboratory""",
    [
        ("They are essentially living thermometers,", "Yusuf Amadi", "Dr Yusuf Amadi", "said"),
        (
            "Every layer of silica the sponge lays down carries a chemical fingerprint of the water it grew in.",
            "Yusuf Amadi",
            None,
            None,
        ),
        (
            "When we counted the layers, we genuinely didn’t believe it,",
            "Yusuf Amadi",
            ("he said. “We ran", "he"),
            "said",
        ),
        (
            "We ran the analysis again. And again. The number didn’t change.",
            "Yusuf Amadi",
            None,
            None,
        ),
        (
            "The surprising thing is not that the water warmed,",
            "Linnea Sørvik",
            "Prof Linnea Sørvik",
            "said",
        ),
        (
            "but how quickly it happened: in some centuries the change was as large as anything we are measuring today.",
            "Linnea Sørvik",
            "Prof Linnea Sørvik",
            "said",
        ),
        ("a genuinely important archive", "Marguerite Olufemi", "Dr Marguerite Olufemi", "called"),
        (
            "still has to be tested against independent records",
            "Marguerite Olufemi",
            "Dr Marguerite Olufemi",
            "warned",
        ),
        ("Sponges are not tree rings,", "Marguerite Olufemi", ("she said", "she"), "said"),
        (
            "They can be damaged, they can regrow, and we don’t fully understand their biology yet. I would want to see this replicated at a second site before anyone builds a climate model on it.",
            "Marguerite Olufemi",
            None,
            None,
        ),
        ("Marguerite is right to push us,", "Yusuf Amadi", ("he said. “One", "he"), "said"),
        ("One site is one site.", "Yusuf Amadi", None, None),
        (
            "considered carefully",
            "North Veyra Fisheries Authority",
            "The North Veyra Fisheries Authority",
            "said",
        ),
        (
            "older than the pyramids",
            "Deepwater Watch",
            "Conservation group Deepwater Watch",
            "saying",
        ),
        (
            "There are sponge fields out there that we think are even older,",
            "Yusuf Amadi",
            ("he said. “We are not", "he"),
            "said",
        ),
        ("We are not going to run out of questions.", "Yusuf Amadi", None, None),
    ],
    [
        "Silica isotopes in hexactinellid skeletons track Holocene bottom-water change",
        "Old Grumpy",
    ],
)

article(
    "blind6-en07",
    "en",
    """Police: Driver fled after striking teen on bike near Eastgate Middle School

by: Carla Mendez
Posted: Oct 1, 2026 / 05:42 PM CDT
Updated: Oct 1, 2026 / 09:15 PM CDT
SHARE

MILLBROOK (WKRV) - Millbrook police are searching for the driver of a dark-colored pickup truck who they say hit a 15-year-old on a bicycle near Eastgate Middle School on Thursday afternoon and drove away.

The teen was taken to Saint Aldric Children's Hospital with injuries that are "serious but not life-threatening," according to the Millbrook Police Department.

Sgt. Renata Obi, a spokesperson for the department, said the crash happened around 3:20 p.m. at Fulton Avenue and 12th Street, as students were leaving school.

"Somebody out there knows who was driving that truck," Obi said at a briefing Thursday evening. "It has front-end damage on the passenger side. That's not something you can hide for long."

She said investigators were reviewing video from a nearby gas station and a city traffic camera. "We have a partial plate, and we're working that very hard," she said.

Darnell Hughes was waiting in his car to pick up his daughter when it happened.

"I heard the bang first, and then I saw the bike go up in the air," Hughes told WKRV 8 News. "The truck didn't even slow down. It just kept going toward the highway."

Hughes said he and another parent stayed with the boy until paramedics arrived. "He kept asking if his bike was OK," he said. "That's what he was worried about."

TRENDING STORIES:
Millbrook schools to add two snow days to calendar
Crews repair water main break on Dunlap Road

The boy's mother, who asked WKRV not to use her name, said her son had ridden the same route home "every single day since August." "He was wearing his helmet. Thank God he was wearing his helmet," she said.

City Council member Paul Varga, whose ward includes the school, said he had asked the city for a crossing guard at the intersection two years ago.

"I was told it wasn't a priority," Varga said. "I'd like somebody to explain to this family why it wasn't a priority."

A spokesperson for the Millbrook Public Works Department said in an email that a traffic study of the Fulton Avenue corridor was "already underway" and would be presented to the council in November.

Parents have started an online petition, "Safe Streets to Eastgate," that had more than 1,200 signatures by Thursday night.

Police describe the truck as a dark gray or black pickup, possibly a Ranger-style model, with damage to the front passenger side. Anyone with information is asked to call the Millbrook Police Department at 555-0142 or Crime Stoppers, where tips can be left anonymously.

"If you were the driver, it's not too late to come forward," Obi said. "It will go a lot better for you if you call us before we find you."

Copyright 2026 WKRV. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.""",
    [
        (
            "serious but not life-threatening,",
            "Millbrook Police Department",
            "the Millbrook Police Department",
            "according to",
        ),
        (
            "Somebody out there knows who was driving that truck,",
            "Renata Obi",
            ("Obi said at", "Obi"),
            "said",
        ),
        (
            "It has front-end damage on the passenger side. That's not something you can hide for long.",
            "Renata Obi",
            None,
            None,
        ),
        (
            "We have a partial plate, and we're working that very hard,",
            "Renata Obi",
            ('hard," she said', "she"),
            "said",
        ),
        (
            "I heard the bang first, and then I saw the bike go up in the air,",
            "Darnell Hughes",
            ("Hughes told", "Hughes"),
            "told",
        ),
        (
            "The truck didn't even slow down. It just kept going toward the highway.",
            "Darnell Hughes",
            None,
            None,
        ),
        ("He kept asking if his bike was OK,", "Darnell Hughes", ('OK," he said', "he"), "said"),
        ("That's what he was worried about.", "Darnell Hughes", None, None),
        ("every single day since August.", "mother", "The boy's mother", "said"),
        (
            "He was wearing his helmet. Thank God he was wearing his helmet,",
            "mother",
            ('helmet," she said', "she"),
            "said",
        ),
        ("I was told it wasn't a priority,", "Paul Varga", ("Varga said", "Varga"), "said"),
        (
            "I'd like somebody to explain to this family why it wasn't a priority.",
            "Paul Varga",
            None,
            None,
        ),
        ("already underway", "spokesperson", "A spokesperson", "said"),
        (
            "If you were the driver, it's not too late to come forward,",
            "Renata Obi",
            ('forward," Obi said', "Obi"),
            "said",
        ),
        (
            "It will go a lot better for you if you call us before we find you.",
            "Renata Obi",
            None,
            None,
        ),
    ],
    ["Safe Streets to Eastgate,"],
)

article(
    "blind6-en08",
    "en",
    """The Sound of Bronze

For half a century, Agnes Thorburn has cast bells for a country that has mostly stopped ringing them. What happens when she stops?

By Jonah Felsenthal
March 2, 2026
Save this story

Agnes Thorburn keeps the broken bells in the yard. There are eleven of them, lined up against the wall of the foundry like patients in a waiting room, each with a crack or a chip or a note that has drifted out of tune over two hundred years of being struck.

“People think a bell is a thing,” she told me on the first morning I visited the foundry, a low brick shed on the edge of Corwick that has cast bells since 1791. “It isn’t. It’s an event. It only exists while it’s sounding. The rest of the time it’s just a very expensive piece of metal waiting for someone to hit it.”

Thorburn is seventy-three, small and square, with forearms that belong to a much larger person. She took over the foundry from her father, Walter, in 1979, and in 1998 she published a short book, “The Voice of Metal,” which is still the standard text for the handful of people who need one. When I asked her how she had learned the trade, she was quiet for a long time. Then she said:

“My father never explained anything. He would stand next to the furnace with his arms folded, and if I did something wrong he would make a small noise in his throat, and I would have to work out what it was I’d done.

“It took me six years to understand that he didn’t know either. Not in words. He knew it in his hands. You can’t teach that by talking. You can only stand next to somebody long enough that it gets into you.

“So when people ask me who I’m going to pass this on to, I want to say: Who is going to stand next to me for six years? Nobody has six years any more.”

Somebody, it turns out, might. Keiran Moss, a twenty-six-year-old former welder from the next valley, has worked at the foundry for three years. He is careful not to call himself her successor. “She still calls me ‘the lad,’ ” Moss said, “which tells you where I am.”

Illustration by Mira Okonkwo

Thorburn’s husband, Ronald Pell, a retired chemistry teacher, has watched the work consume her for forty years with what seems like amused admiration. “She went to bed with a bell once,” he told me. “Not metaphorically. There was a hairline crack she couldn’t find, and she took the clapper upstairs.”

The Heritage Crafts Trust lists bell founding among the most endangered skills in the country. Its director, Siobhan Varley, put it more bluntly. “When Agnes stops, the knowledge stops,” Varley said. “There are perhaps four people alive who can tune a bell by ear, and three of them are over seventy.”

On my last afternoon, Thorburn led me to the tenor bell of St. Oda’s, which had come back from the tuning lathe that morning. She handed me a pair of ear defenders, then thought better of it and took them back.

“Listen,” she said.

She struck it once with a leather mallet. The note filled the shed and kept going long after it seemed it should have stopped, and she stood with her eyes closed until it was gone.

“That’s the note,” she said at last. “Everything else is just waiting.”""",
    [
        ("People think a bell is a thing,", "Agnes Thorburn", ("she told me", "she"), "told"),
        (
            "It isn’t. It’s an event. It only exists while it’s sounding. The rest of the time it’s just a very expensive piece of metal waiting for someone to hit it.",
            "Agnes Thorburn",
            None,
            None,
        ),
        (
            "My father never explained anything. He would stand next to the furnace with his arms folded, and if I did something wrong he would make a small noise in his throat, and I would have to work out what it was I’d done.",
            "Agnes Thorburn",
            ("Then she said", "she"),
            "said",
        ),
        (
            "It took me six years to understand that he didn’t know either. Not in words. He knew it in his hands. You can’t teach that by talking. You can only stand next to somebody long enough that it gets into you.",
            "Agnes Thorburn",
            ("Then she said", "she"),
            "said",
        ),
        (
            "So when people ask me who I’m going to pass this on to, I want to say: Who is going to stand next to me for six years? Nobody has six years any more.",
            "Agnes Thorburn",
            ("Then she said", "she"),
            "said",
        ),
        ("She still calls me ‘the lad,’", "Keiran Moss", ("Moss said", "Moss"), "said"),
        ("which tells you where I am.", "Keiran Moss", ("Moss said", "Moss"), "said"),
        ("She went to bed with a bell once,", "Ronald Pell", ("he told me", "he"), "told"),
        (
            "Not metaphorically. There was a hairline crack she couldn’t find, and she took the clapper upstairs.",
            "Ronald Pell",
            None,
            None,
        ),
        (
            "When Agnes stops, the knowledge stops,",
            "Siobhan Varley",
            ("Varley said", "Varley"),
            "said",
        ),
        (
            "There are perhaps four people alive who can tune a bell by ear, and three of them are over seventy.",
            "Siobhan Varley",
            None,
            None,
        ),
        ("Listen,", "Agnes Thorburn", ("Listen,” she said", "she"), "said"),
        ("That’s the note,", "Agnes Thorburn", ("she said at last", "she"), "said"),
        ("Everything else is just waiting.", "Agnes Thorburn", None, None),
    ],
    ["The Voice of Metal,"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind6_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
