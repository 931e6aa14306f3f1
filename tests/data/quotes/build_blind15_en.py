# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind15_en.jsonl: a fifteenth blind English quotation set (written for depeche, CC0).

Written blind by a helper for depeche, who never read the quotes code, so that its score is an
honest estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person and organisation is invented. Beats: a start-up's failed maiden rocket launch, a
local TV report on a shortage of ADHD medication, a tech site on a firmware update that bricked
smart-home hubs, a food page on a restaurant guide's stars (British single quotes with
apostrophes inside), a BBC-style piece on coastal erosion with a multi-paragraph quote, a
financial wire on a crypto exchange freezing withdrawals, an orchestra's conductor resigning
(straight quotes, a quoted letter) and an AP-style wire on a shipwreck salvage dispute with
interpreted quotes. Marks vary: curly double, straight double, British single with inner double,
nested inner single quotes. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind15_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind15-en01",
    "en",
    """Northlight’s maiden rocket breaks apart 40 seconds after lift-off

Kestrel-1 was carrying three small satellites when it veered off course over the North Atlantic

By Ewan Forsyth, Space correspondent
Published 14 May 2026, 11:02 BST | Updated 14 May 2026, 16:47 BST

Share this article

The first rocket built by the Scottish start-up Northlight Launch broke apart less than a minute after lifting off from the Skerrasound spaceport on Tuesday morning, scattering debris over a closed stretch of sea north of the island of Vallay.

The 19-metre Kestrel-1, carrying three shoebox-sized satellites on a mission the company had dubbed “First Light”, cleared the pad at 09:14 and climbed normally for about 35 seconds before it began to pitch sharply to the east. Live video showed a bright flash shortly afterwards.

“It’s not the day we wanted,” said Fiona Ballantyne, Northlight’s chief executive, speaking in the company’s control room in Scalsta, “and I won’t pretend otherwise. But we flew. We got data from every single sensor on that vehicle, and that data is worth more than any press release.”

Ms Ballantyne, 46, said the flight termination system had worked “exactly as designed” once the rocket strayed from its approved corridor.

Nobody was injured. The Civil Space Authority, which licensed the launch, said it had been notified of “an anomaly during ascent” and that the company would lead an investigation under its supervision. “Public safety was maintained throughout,” the regulator said.

Read more: Why Britain’s launch industry is still waiting for lift-off

For the 600 or so residents of Vallay, the launch had been years in the making. Crofters and fishermen fought over the spaceport’s planning application for most of the last decade.

Magnus Tait, who represents the island on the local council, watched from a hillside with his grandchildren. "The kids were cheering right up until the bang," he said. "Then everybody went very quiet."

The councillor, who backed the project from the start, insisted the failure would not change minds on the island. "People here aren't naive about rockets. We were told the first one might not make it," he added.

Analysts said a failed debut was common in the industry. According to Dr Priya Ramaswamy of the consultancy Orbis Analytics, roughly half of all new small rockets flown since 2006 failed on their first attempt.

“Investors price this in,” she said. “What they won’t forgive is a second failure that looks like the first one.”

Ramaswamy called the company’s decision to livestream the launch “brave, and frankly good for the whole sector.”

Photograph: Northlight Launch/handout

Northlight has raised about £140m from investors including the Aberdeen fund Thistle Ventures. A person close to the company, who asked not to be named because the discussions were private, said the board had already approved funding for a second vehicle. “The money is not the problem, the schedule is,” the person said.

Ballantyne would not give a date for the next attempt. Asked whether it could happen this year, she replied: “If the investigation is quick and the fix is simple, yes. I’m not going to promise either.”

The company said it would publish a preliminary report within 30 days.

Sign up to our Science Weekly newsletter""",
    [
        ("It’s not the day we wanted,", "Fiona Ballantyne", "Fiona Ballantyne", "said"),
        (
            "and I won’t pretend otherwise. But we flew. We got data from every single sensor on that vehicle, and that data is worth more than any press release.",
            "Fiona Ballantyne",
            "Fiona Ballantyne",
            "said",
        ),
        ("exactly as designed", "Fiona Ballantyne", "Ms Ballantyne", "said"),
        (
            "an anomaly during ascent",
            "Civil Space Authority",
            "The Civil Space Authority",
            "said",
        ),
        (
            "Public safety was maintained throughout,",
            "Civil Space Authority",
            "the regulator",
            "said",
        ),
        (
            "The kids were cheering right up until the bang,",
            "Magnus Tait",
            ("he said", "he"),
            "said",
        ),
        ("Then everybody went very quiet.", "Magnus Tait", ("he said", "he"), "said"),
        (
            "People here aren't naive about rockets. We were told the first one might not make it,",
            "Magnus Tait",
            ("he added", "he"),
            "added",
        ),
        ("Investors price this in,", "Priya Ramaswamy", ("she said", "she"), "said"),
        (
            "What they won’t forgive is a second failure that looks like the first one.",
            "Priya Ramaswamy",
            ("she said", "she"),
            "said",
        ),
        (
            "brave, and frankly good for the whole sector.",
            "Priya Ramaswamy",
            "Ramaswamy",
            "called",
        ),
        ("The money is not the problem, the schedule is,", "person", "the person", "said"),
        (
            "If the investigation is quick and the fix is simple, yes. I’m not going to promise either.",
            "Fiona Ballantyne",
            ("she replied", "she"),
            "replied",
        ),
    ],
    ["First Light"],
)

article(
    "blind15-en02",
    "en",
    """Parents scramble as ADHD medication shortage hits Millbrook Falls pharmacies

By Jolene Parrish
Published: Mar. 3, 2026 at 5:47 PM EST | Updated: Mar. 3, 2026 at 6:30 PM EST

MILLBROOK FALLS (WBRQ) - For the third month in a row, Marcus Oyelaran has spent his lunch breaks calling pharmacies.

His son, 11, takes a daily stimulant for ADHD, and the pharmacy the family has used for years told him last week it could not say when the medication would be back in stock.

"I've called fourteen places. Fourteen," Oyelaran told 9 News from his kitchen table. "One of them laughed. Not in a mean way, just like, 'Are you kidding me?'"

The father said his son's grades had slipped since he began missing doses. "He's a good kid. He just can't sit still without it, and his teachers are noticing," he said.

Advertisement

Pharmacists across the region say they are rationing what little supply arrives. Dana Whitfield, who owns Whitfield Family Pharmacy on Grant Street, said her distributor had cut her monthly allocation by almost half since December.

"We're getting maybe two bottles when we used to get five," Whitfield said. "I have to decide who gets them, and that's not a decision a pharmacist should be making."

She described the situation as "the worst I've seen in 22 years behind this counter."

RELATED: What to do if your prescription is out of stock

The shortage stems partly from federal limits on how much of the drug's active ingredient manufacturers can produce each year, according to Dr. Howard Lin, a pediatrician at Millbrook Children's Clinic. Lin said many families had tried switching to other formulations, only to find those were also hard to get.

"It's like musical chairs," the doctor said, "and the music stopped a year ago."

Corrigan Pharmaceuticals, one of the largest makers of the generic version, said in an emailed statement that it was "operating at full permitted capacity" and expected supply to "improve gradually over the second quarter."

State Rep. Carla Benavides, a Democrat whose district includes Millbrook Falls, has asked the Department of Health to publish weekly stock reports from pharmacies so families know where to look.

"Parents shouldn't have to play detective," Benavides said Tuesday.

A department spokesperson said the agency was "reviewing the request" and would respond to the lawmaker directly.

Click here to download the WBRQ News app

For now, Oyelaran says he has found a pharmacy two counties away with a few bottles left. "It's a 90-minute drive each way," he said. "But what am I going to do, tell him to just focus harder?"

Copyright 2026 WBRQ. All rights reserved.""",
    [
        ("I've called fourteen places. Fourteen,", "Marcus Oyelaran", "Oyelaran", "told"),
        (
            "One of them laughed. Not in a mean way, just like, 'Are you kidding me?'",
            "Marcus Oyelaran",
            "Oyelaran",
            "told",
        ),
        (
            "He's a good kid. He just can't sit still without it, and his teachers are noticing,",
            "Marcus Oyelaran",
            ("he said", "he"),
            "said",
        ),
        (
            "We're getting maybe two bottles when we used to get five,",
            "Dana Whitfield",
            "Whitfield",
            "said",
        ),
        (
            "I have to decide who gets them, and that's not a decision a pharmacist should be making.",
            "Dana Whitfield",
            "Whitfield",
            "said",
        ),
        (
            "the worst I've seen in 22 years behind this counter.",
            "Dana Whitfield",
            "She",
            "described",
        ),
        ("It's like musical chairs,", "Howard Lin", "the doctor", "said"),
        ("and the music stopped a year ago.", "Howard Lin", "the doctor", "said"),
        (
            "operating at full permitted capacity",
            "Corrigan Pharmaceuticals",
            "Corrigan Pharmaceuticals",
            "said",
        ),
        (
            "improve gradually over the second quarter.",
            "Corrigan Pharmaceuticals",
            "Corrigan Pharmaceuticals",
            "said",
        ),
        ("Parents shouldn't have to play detective,", "Carla Benavides", "Benavides", "said"),
        (
            "reviewing the request",
            "Department of Health",
            "A department spokesperson",
            "said",
        ),
        ("It's a 90-minute drive each way,", "Marcus Oyelaran", ("he said", "he"), "said"),
        (
            "But what am I going to do, tell him to just focus harder?",
            "Marcus Oyelaran",
            ("he said", "he"),
            "said",
        ),
    ],
)

article(
    "blind15-en03",
    "en",
    """Halden’s botched update turns thousands of smart-home hubs into bricks

Owners say lights, locks and thermostats stopped responding overnight

Sam Okafor-Reid
Sat, Jan 17, 2026, 9:30 AM GMT

Thousands of owners of Halden Home’s smart-home hub woke up on Friday to find that their lights would not switch on, their thermostats were stuck and, in some cases, their front doors would not unlock from the app.

The cause, according to the company, was a firmware update pushed overnight to its second-generation hub. The update, which Halden had internally called “Aurora”, was meant to add support for a new wireless standard. Instead it left many hubs stuck in a boot loop, their status light blinking orange.

Halden said in a statement on Friday afternoon: “A small percentage of Hub 2 devices did not complete the update successfully. We have paused the rollout and our engineers are working on a fix that can be delivered without customers needing to return their devices.”

The company did not say how many devices were affected. Posts on its community forum suggested the number ran into the thousands across Britain, Ireland and the Netherlands.

Rachel Ibsen, a nurse from Carrowby, said her heating had been off for 14 hours when she got home from a night shift. “It was eleven degrees in the living room,” she said. “I’ve got a two-year-old. I didn’t sign up to beta-test a thermostat.”

Read more: The best smart thermostats you can actually control without an app

Halden’s chief executive, Arjun Mehrotra, apologised in a post on X late on Friday. “We let you down today, and I’m sorry,” he wrote. “Every affected customer will get a year of Halden Plus for free.”

That offer did not go down well with some owners. One forum user called it “a subscription to the thing that just broke my house.”

Tomasz Wierzbicki, a security researcher who has studied Halden’s devices, said the episode showed the risks of products that depend on a single company’s servers.

“When the update process itself has no safe fallback, one bad file can take out a whole fleet,” he told Circuitry. “Good firmware keeps a known-good copy and rolls back on its own. That clearly didn’t happen here.”

Wierzbicki, who previously worked on router firmware, added that he had found no evidence of a security breach. “This looks like a plain old bug, not an attack,” he said.

Consumer campaigners seized on the outage. Gemma Oduya, policy director at the Fair Tech Alliance, said regulators should require makers of connected devices to guarantee that basic functions keep working offline.

“If your light switch needs permission from a server in another country,” Oduya said, “it isn’t really your light switch.”

Halden said that by Saturday morning about 60 per cent of affected hubs had recovered after a second update. Those that had not, it said, would need to be reset by hand using instructions on its support page, a process one owner described as “twenty minutes of holding a paperclip in a hole.”

Sign up for the Installer, Circuitry’s weekly newsletter on the gadgets in your home""",
    [
        (
            "A small percentage of Hub 2 devices did not complete the update successfully. We have paused the rollout and our engineers are working on a fix that can be delivered without customers needing to return their devices.",
            "Halden Home",
            ("Halden said in", "Halden"),
            "said",
        ),
        ("It was eleven degrees in the living room,", "Rachel Ibsen", ("she said", "she"), "said"),
        (
            "I’ve got a two-year-old. I didn’t sign up to beta-test a thermostat.",
            "Rachel Ibsen",
            ("she said", "she"),
            "said",
        ),
        ("We let you down today, and I’m sorry,", "Arjun Mehrotra", ("he wrote", "he"), "wrote"),
        (
            "Every affected customer will get a year of Halden Plus for free.",
            "Arjun Mehrotra",
            ("he wrote", "he"),
            "wrote",
        ),
        (
            "a subscription to the thing that just broke my house.",
            "user",
            "One forum user",
            "called",
        ),
        (
            "When the update process itself has no safe fallback, one bad file can take out a whole fleet,",
            "Tomasz Wierzbicki",
            ("he told", "he"),
            "told",
        ),
        (
            "Good firmware keeps a known-good copy and rolls back on its own. That clearly didn’t happen here.",
            "Tomasz Wierzbicki",
            ("he told", "he"),
            "told",
        ),
        (
            "This looks like a plain old bug, not an attack,",
            "Tomasz Wierzbicki",
            ("bug, not an attack,” he said", "he"),
            "said",
        ),
        (
            "If your light switch needs permission from a server in another country,",
            "Gemma Oduya",
            "Oduya",
            "said",
        ),
        ("it isn’t really your light switch.", "Gemma Oduya", "Oduya", "said"),
        (
            "twenty minutes of holding a paperclip in a hole.",
            "owner",
            "one owner",
            "described",
        ),
    ],
    ["Aurora"],
)

article(
    "blind15-en04",
    "en",
    """Chef ‘heartbroken’ as Sorrel & Ash loses its star in Fennimore Guide shake-up

By Harriet Cole, Food Editor
21 October 2026 • 7:15pm

The chef behind one of the West Country’s most celebrated restaurants has said she is ‘heartbroken but not beaten’ after it lost its star in this year’s Fennimore Guide.

Ottoline Marsh, 38, opened Sorrel & Ash in a former net loft in Portheven in 2017 and won a star three years later. The guide’s inspectors removed it on Monday night at a ceremony in Bristol, without explanation.

‘I found out from a text message, the same as everyone else,’ Ms Marsh told the Courier. ‘Nobody from the guide has called me. I’d like to think that after six years we’d have earned a phone call.’

The restaurant’s signature dish, a raw scallop course called ‘Low Tide’, had been singled out for praise by the guide’s inspectors only last year.

The Fennimore Guide’s international director, Bérénice Laurent, defended the decision. ‘Our inspectors visited Sorrel & Ash four times this year,’ she said. ‘A star is not a lifetime award. It reflects the meals we eat now, not the meals we ate in 2020.’

Asked whether the inspectors had found a specific problem, Ms Laurent said the guide ‘never comments on individual visits’.

Advertisement

Elsewhere in the room, there was celebration. Kwame Asante-Boateng, whose 20-seat restaurant Okra in Hallam Cross won its first star, said he had ‘genuinely thought it was a prank’ when his name was read out.

‘My mum was in the audience and she started crying before I did,’ the 31-year-old said. ‘We’re a tiny place. We don’t have a sommelier, we don’t have tablecloths. I hope that tells young cooks something.’

Not everyone in the industry was convinced by this year’s list. The restaurant critic Hugo Pennington, who has reviewed Sorrel & Ash twice, wrote on Tuesday that the guide had been ‘chasing novelty at the expense of consistency’.

In a longer passage of his column he added: ‘Marsh cooks the most precise food on this coast. If the guide wants to tell us she has slipped, it owes readers more than a silence.’

The Portheven restaurant was fully booked through December on Tuesday afternoon, its owner said, with several diners ringing to ask whether the menu would change.

Ms Marsh, whose first cookbook ‘Salt Year’ is published next spring, said she had no plans to alter a thing. ‘We cook for the people who come through the door,’ she said, ‘not for a man with a notebook.’

Sign up for our weekly Food & Drink newsletter""",
    [
        ("heartbroken", "Ottoline Marsh", None, None),
        (
            "heartbroken but not beaten",
            "Ottoline Marsh",
            ("The chef behind", "The chef"),
            "has said",
        ),
        (
            "I found out from a text message, the same as everyone else,",
            "Ottoline Marsh",
            "Ms Marsh",
            "told",
        ),
        (
            "Nobody from the guide has called me. I’d like to think that after six years we’d have earned a phone call.",
            "Ottoline Marsh",
            "Ms Marsh",
            "told",
        ),
        (
            "Our inspectors visited Sorrel & Ash four times this year,",
            "Bérénice Laurent",
            ("she said", "she"),
            "said",
        ),
        (
            "A star is not a lifetime award. It reflects the meals we eat now, not the meals we ate in 2020.",
            "Bérénice Laurent",
            ("she said", "she"),
            "said",
        ),
        ("never comments on individual visits", "Bérénice Laurent", "Ms Laurent", "said"),
        (
            "genuinely thought it was a prank",
            "Kwame Asante-Boateng",
            "Kwame Asante-Boateng",
            "said",
        ),
        (
            "My mum was in the audience and she started crying before I did,",
            "Kwame Asante-Boateng",
            "the 31-year-old",
            "said",
        ),
        (
            "We’re a tiny place. We don’t have a sommelier, we don’t have tablecloths. I hope that tells young cooks something.",
            "Kwame Asante-Boateng",
            "the 31-year-old",
            "said",
        ),
        (
            "chasing novelty at the expense of consistency",
            "Hugo Pennington",
            "Hugo Pennington",
            "wrote",
        ),
        (
            "Marsh cooks the most precise food on this coast. If the guide wants to tell us she has slipped, it owes readers more than a silence.",
            "Hugo Pennington",
            ("he added", "he"),
            "added",
        ),
        (
            "We cook for the people who come through the door,",
            "Ottoline Marsh",
            ("she said, ‘not", "she"),
            "said",
        ),
        ("not for a man with a notebook.", "Ottoline Marsh", ("she said, ‘not", "she"), "said"),
    ],
    ["Low Tide", "Salt Year"],
)

article(
    "blind15-en05",
    "en",
    """Clifftop village watches its gardens fall into the sea: 'We're next'

By Owen Thackeray
BBC News, Sallowby

Published 9 February 2026

Share
Save

Image source, Owen Thackeray/BBC
Image caption, Part of a garden on Cliff Road collapsed onto the beach during January's storms

Residents of a clifftop village say they have been left to "watch and wait" after storms last month brought the edge of the land to within a few metres of their homes.

About 40 houses on Cliff Road in Sallowby stand on soft clay that has retreated by nearly 20 metres in the past decade, according to the North Fenwold District Council.

Maureen Ashdown, 79, has lived on the road for 52 years. Sitting in her front room, she described the night in January when part of her garden gave way.

"I heard it before I saw it. It's a sort of low rumble, like a lorry going past, except there's no road out there.

"In the morning the shed had gone, and the washing line, and the bench my husband made. You could see the beach from the kitchen window, and you never used to be able to see the beach.

"People say, why don't you just move? Move where, with what? Nobody's going to buy a house that's going into the sea."

Related topics: Coastal erosion, Flooding

The council's cabinet member for the coast, Derek Pryce, said there was no money to build new defences along this stretch. "I wish I could tell people something different," he said. "But the national funding rules weigh up the value of what you protect, and small villages lose that argument every time."

Mr Pryce said the council was exploring a scheme to help owners buy plots further inland, which he called "the only honest option left", but added that it would need government support.

The Coastal Resilience Agency, which advises on sea defences in England, said in a statement that the coastline at Sallowby was "naturally dynamic" and that it was working with the council "to help the community plan for the future".

Prof Alun Rhys-Evans, a coastal geologist at Eastmoor University who has surveyed the cliffs since 2009, said the January losses were not unusual for the area. "What's changed is the frequency of the big storms," he said. "We used to get one like that every five or six years. Now it's almost every winter."

He warned that building a short sea wall at the foot of Cliff Road could simply move the problem along the coast. "You protect one village and you starve the next beach of sediment," the professor said.

The local MP, Sophie Hartnell, has written to ministers asking for a dedicated fund for communities that cannot be defended. She called the current system "a postcode lottery with the sea as the croupier".

Back on Cliff Road, neighbours have set up a WhatsApp group called "Cliff Watch" to share photographs of new cracks.

Mrs Ashdown's son, Graham, checks her garden every morning before he goes to work. "Mum jokes about it," he said. "I don't think she finds it funny really. None of us do. Everyone on this road knows we're next.\"""",
    [
        ("We're next", "Graham Ashdown", None, None),
        ("watch and wait", "residents", "Residents", "say"),
        (
            "I heard it before I saw it. It's a sort of low rumble, like a lorry going past, except there's no road out there.",
            "Maureen Ashdown",
            ("she described", "she"),
            "described",
        ),
        (
            "In the morning the shed had gone, and the washing line, and the bench my husband made. You could see the beach from the kitchen window, and you never used to be able to see the beach.",
            "Maureen Ashdown",
            ("she described", "she"),
            "described",
        ),
        (
            "People say, why don't you just move? Move where, with what? Nobody's going to buy a house that's going into the sea.",
            "Maureen Ashdown",
            ("she described", "she"),
            "described",
        ),
        (
            "I wish I could tell people something different,",
            "Derek Pryce",
            ("he said", "he"),
            "said",
        ),
        (
            "But the national funding rules weigh up the value of what you protect, and small villages lose that argument every time.",
            "Derek Pryce",
            ("he said", "he"),
            "said",
        ),
        ("the only honest option left", "Derek Pryce", "Mr Pryce", "called"),
        (
            "naturally dynamic",
            "Coastal Resilience Agency",
            "The Coastal Resilience Agency",
            "said",
        ),
        (
            "to help the community plan for the future",
            "Coastal Resilience Agency",
            "The Coastal Resilience Agency",
            "said",
        ),
        (
            "What's changed is the frequency of the big storms,",
            "Alun Rhys-Evans",
            ('storms," he said', "he"),
            "said",
        ),
        (
            "We used to get one like that every five or six years. Now it's almost every winter.",
            "Alun Rhys-Evans",
            ('storms," he said', "he"),
            "said",
        ),
        (
            "You protect one village and you starve the next beach of sediment,",
            "Alun Rhys-Evans",
            "the professor",
            "said",
        ),
        (
            "a postcode lottery with the sea as the croupier",
            "Sophie Hartnell",
            "She",
            "called",
        ),
        ("Mum jokes about it,", "Graham Ashdown", ('it," he said', "he"), "said"),
        (
            "I don't think she finds it funny really. None of us do. Everyone on this road knows we're next.",
            "Graham Ashdown",
            ('it," he said', "he"),
            "said",
        ),
    ],
    ["Cliff Watch"],
)

article(
    "blind15-en06",
    "en",
    """Crypto exchange Varda freezes withdrawals as regulators circle

Customers locked out of about $1.2bn in deposits; founder blames “extraordinary” outflows

Nicholas Penhaligon in London and Aiko Fairweather in Singapore
Updated 52 minutes ago

Varda, the cryptocurrency exchange that sponsored half the football shirts in Europe’s second divisions, halted all customer withdrawals on Wednesday, leaving hundreds of thousands of users unable to reach their money.

The Lisbon-based company said in a notice posted to its website shortly after midnight that it had paused withdrawals, transfers and its “Varda Earn” savings product “to stabilise liquidity and protect all customers”.

Founder and chief executive Lukas Brenner described the move as “a temporary pause, not a collapse” in a blog post later on Wednesday. “Over the past 72 hours we have seen withdrawal requests at a scale we have never experienced,” he wrote. “Every customer will be made whole. I am asking for a few days, not a few months.”

People familiar with the matter said Varda had lent a large share of customer deposits to a trading firm controlled by one of its early investors. One of them said the exchange had been trying to raise emergency funding from at least two rival platforms since the weekend. “They needed the money on Monday, and nobody would pick up the phone,” the person said.

Varda did not respond to requests for comment on the lending arrangement.

Recommended: The stablecoin that wasn’t: inside the 48 hours that broke Kaltura

The Digital Asset Supervisory Commission, which registered Varda last year, said it was “in close contact” with the company. In a statement, the commission said: “Customers should be aware that assets held on unregulated lending products are not covered by any compensation scheme.”

According to Nadia Khoury, head of research at Ledgerline Research, on-chain data showed that about $1.2bn in deposits remained on the platform when withdrawals were frozen, down from more than $3bn at the start of the month.

“The pattern is very familiar,” Khoury said. “A platform pays yields that look too good, the yields turn out to come from lending the deposits out, and when the loans go bad the exit door is locked from the inside.”

She cautioned, however, that it was too early to say whether Varda was insolvent or merely short of cash. “Illiquid and bankrupt are different things, and we don’t know yet which one this is.”

For customers, the distinction offered little comfort. Owen Pritchard, 29, a software tester in Cardiff, said he had about £18,000 on the exchange, most of it savings for a house deposit.

“I moved it there because the interest was better than my bank,” Pritchard told the FT. “That looks pretty stupid now.”

Sinéad Gallagher, a partner at the law firm Morrow Pike who advises creditors in insolvencies, said customers should keep records of every balance and transaction. If Varda enters formal proceedings, she said, users of the lending product could rank as unsecured creditors, behind lenders with collateral.

“People think of it as their money sitting in an account,” Gallagher said. “Legally, in a lot of these terms and conditions, it’s a loan to the company.”

Shares in Hollis Digital, a listed investor in Varda, fell 31 per cent in Frankfurt.

Copyright The Financial Times Limited 2026. All rights reserved.""",
    [
        ("extraordinary", "Lukas Brenner", "founder", "blames"),
        (
            "to stabilise liquidity and protect all customers",
            "Varda",
            "The Lisbon-based company",
            "said",
        ),
        ("a temporary pause, not a collapse", "Lukas Brenner", "Lukas Brenner", "described"),
        (
            "Over the past 72 hours we have seen withdrawal requests at a scale we have never experienced,",
            "Lukas Brenner",
            ("he wrote", "he"),
            "wrote",
        ),
        (
            "Every customer will be made whole. I am asking for a few days, not a few months.",
            "Lukas Brenner",
            ("he wrote", "he"),
            "wrote",
        ),
        (
            "They needed the money on Monday, and nobody would pick up the phone,",
            "person",
            "the person",
            "said",
        ),
        (
            "in close contact",
            "Digital Asset Supervisory Commission",
            "The Digital Asset Supervisory Commission",
            "said",
        ),
        (
            "Customers should be aware that assets held on unregulated lending products are not covered by any compensation scheme.",
            "Digital Asset Supervisory Commission",
            "the commission",
            "said",
        ),
        ("The pattern is very familiar,", "Nadia Khoury", "Khoury", "said"),
        (
            "A platform pays yields that look too good, the yields turn out to come from lending the deposits out, and when the loans go bad the exit door is locked from the inside.",
            "Nadia Khoury",
            "Khoury",
            "said",
        ),
        (
            "Illiquid and bankrupt are different things, and we don’t know yet which one this is.",
            "Nadia Khoury",
            "She",
            "cautioned",
        ),
        (
            "I moved it there because the interest was better than my bank,",
            "Owen Pritchard",
            "Pritchard",
            "told",
        ),
        ("That looks pretty stupid now.", "Owen Pritchard", "Pritchard", "told"),
        (
            "People think of it as their money sitting in an account,",
            "Sinéad Gallagher",
            "Gallagher",
            "said",
        ),
        (
            "Legally, in a lot of these terms and conditions, it’s a loan to the company.",
            "Sinéad Gallagher",
            "Gallagher",
            "said",
        ),
    ],
    ["Varda Earn"],
)

article(
    "blind15-en07",
    "en",
    """Severnmouth Philharmonic conductor quits, accusing board of "managed decline"

By Rowan Ellery, Arts Correspondent | Severnmouth Post
Thursday 5 March 2026 6:00 am

The chief conductor of the Severnmouth Philharmonic Orchestra, Anders Vikholm, has resigned with immediate effect, accusing the orchestra's board of presiding over a "managed decline" after it voted to cut the number of full-time players from 68 to 54.

The Swedish-born conductor, 57, announced his departure in a letter to the musicians on Tuesday evening, which has been seen by the Post.

"I cannot in good conscience stand in front of this orchestra and tell it that the future is bright," he wrote. "The board has chosen to make the Philharmonic smaller, cheaper and quieter, and I will not lend my name to that choice."

In the letter, Vikholm thanked the players for "nine years of extraordinary music-making" and said he would not conduct the remaining concerts of the season, including the premiere of "Harbour Lights", a work the orchestra commissioned from the composer Isla Farrant.

The chair of the orchestra's board, Rosalind Greaves, defended the decision.

"Anders has given this city some unforgettable evenings, and we are grateful," Ms Greaves said in a statement issued through the orchestra. "But the board has a legal duty to keep the Philharmonic solvent. Our deficit this year is £1.4 million. Doing nothing was not an option."

ADVERTISEMENT

The orchestra's players' committee, which represents the musicians in negotiations, backed the conductor. Its chair, the principal cellist Yusuf Demir, said the mood in rehearsals on Wednesday had been bleak.

"He said out loud what a lot of us have been thinking for two years," Demir said. "You can't cut a fifth of an orchestra and call it the same orchestra. The Brahms symphonies don't get shorter because the budget did."

One senior player, who did not want to be named because of the redundancy talks, said: "Half of the wind section are over 55. Everyone's doing the maths on voluntary redundancy tonight."

More from Arts: Severnmouth's oldest cinema to close after 104 years

The city council, which provides about a third of the orchestra's public funding, has ruled out increasing its grant. Council leader Tariq Mahmood told BBC Radio Severnmouth that the authority was "protecting adult social care first".

"Nobody wants to see the Philharmonic shrink," he added. "But I have to look a family in the eye when we close a care home, and I can't do that and then put more money into concerts."

The orchestra said guest conductors would take over the remaining concerts, including its summer festival, "Music on the Marsh". A search for a new chief conductor will begin in the autumn.

Vikholm, who is due to conduct in Gothenburg next month, declined to comment beyond the letter. Its final line read: "Orchestras are not built in a season, but they can be undone in one."

Share this article: Facebook | X | WhatsApp | Email""",
    [
        ("managed decline", "Anders Vikholm", None, None),
        ("managed decline", "Anders Vikholm", "Anders Vikholm", "accusing"),
        (
            "I cannot in good conscience stand in front of this orchestra and tell it that the future is bright,",
            "Anders Vikholm",
            ("he wrote", "he"),
            "wrote",
        ),
        (
            "The board has chosen to make the Philharmonic smaller, cheaper and quieter, and I will not lend my name to that choice.",
            "Anders Vikholm",
            ("he wrote", "he"),
            "wrote",
        ),
        (
            "nine years of extraordinary music-making",
            "Anders Vikholm",
            ("Vikholm thanked", "Vikholm"),
            "thanked",
        ),
        (
            "Anders has given this city some unforgettable evenings, and we are grateful,",
            "Rosalind Greaves",
            "Ms Greaves",
            "said",
        ),
        (
            "But the board has a legal duty to keep the Philharmonic solvent. Our deficit this year is £1.4 million. Doing nothing was not an option.",
            "Rosalind Greaves",
            "Ms Greaves",
            "said",
        ),
        (
            "He said out loud what a lot of us have been thinking for two years,",
            "Yusuf Demir",
            ('years," Demir said', "Demir"),
            "said",
        ),
        (
            "You can't cut a fifth of an orchestra and call it the same orchestra. The Brahms symphonies don't get shorter because the budget did.",
            "Yusuf Demir",
            ('years," Demir said', "Demir"),
            "said",
        ),
        (
            "Half of the wind section are over 55. Everyone's doing the maths on voluntary redundancy tonight.",
            "player",
            "One senior player",
            "said",
        ),
        (
            "protecting adult social care first",
            "Tariq Mahmood",
            "Tariq Mahmood",
            "told",
        ),
        (
            "Nobody wants to see the Philharmonic shrink,",
            "Tariq Mahmood",
            ("he added", "he"),
            "added",
        ),
        (
            "But I have to look a family in the eye when we close a care home, and I can't do that and then put more money into concerts.",
            "Tariq Mahmood",
            ("he added", "he"),
            "added",
        ),
        (
            "Orchestras are not built in a season, but they can be undone in one.",
            "Anders Vikholm",
            ("Vikholm, who is due", "Vikholm"),
            "read",
        ),
    ],
    ["Harbour Lights", "Music on the Marsh"],
)

article(
    "blind15-en08",
    "en",
    """Portugal and US salvage firm spar over 17th-century wreck found off the Azores

By MARTA QUINTELA and DEREK HOLLOWAY
Updated 3:18 PM GMT, February 26, 2026

PORTO DAS LAJES, Portugal (AP) — Portugal’s culture minister, Inês Valadares, on Thursday accused a Florida salvage company of trying to “plunder” a 17th-century merchant ship discovered last month in deep water off the Azores, escalating a dispute over who has the right to raise its cargo.

The wreck, believed to be the Nossa Senhora da Guia, was located at a depth of about 1,900 meters (6,200 feet) by Deepwater Heritage Recovery, a Tampa-based company that says it spent four years and $11 million searching for it.

“This ship belongs to the history of Portugal and to the families of the sailors who died on it,” Valadares told reporters in Lisbon, speaking in Portuguese. “It is not a treasure chest for investors.”

The minister said the wreck lay within Portugal’s exclusive economic zone and was protected under a national heritage law that bars the sale of archaeological objects recovered from the seabed.

Deepwater’s chief executive, Brett Kowalczyk, said the company had followed “every rule in the book” and had notified Portuguese authorities on the day it confirmed the find.

“We’re not pirates. We found a ship nobody else could find, and we’ve offered to work with Portuguese archaeologists every step of the way,” Kowalczyk told The Associated Press by phone from Tampa.

He said the company had asked a federal court in Florida to grant it the status of “salvor in possession,” which would give it exclusive rights to work the site. In a court filing, the company’s lawyer, Marlene Osei, argued that Portugal had “never asserted any interest” in the wreck before it was found.

RELATED COVERAGE
Divers find 2,000-year-old anchor off Sardinia

Marine archaeologist Tiago Bettencourt, of the Atlantic Institute of Maritime Archaeology, studied video from the salvage company’s remotely operated vehicle at the ministry’s request. He said the site appeared “remarkably intact.”

“You can see the outline of the hull, the cannons, what look like stacks of porcelain,” Bettencourt said through an interpreter. “For archaeologists, the porcelain is not the treasure. The treasure is the context — how everything lies together. Once you lift it out, that’s gone forever.”

Records held in Spanish archives suggest the ship sank in a storm in 1662 with about 140 people aboard and a cargo of Chinese porcelain, pepper and silver coins.

In Porto das Lajes, the fishing town closest to the site, some residents said they hoped the wreck would be raised and displayed locally.

“My grandfather used to tell stories about a silver ship out there,” said Rui Medeiros, 64, who runs a boat repair yard by the harbor. “Everyone thought it was a legend. Now they’re fighting over it in an American court.”

Valadares said Portugal would contest the U.S. case and had formally asked the company to stop all work at the site. Asked whether the navy would be sent to enforce that request, she said: “We hope it does not come to that.”

A hearing in federal court in Tampa is scheduled for April 14.

___

Associated Press writer Carla Mendonça contributed from Lisbon.""",
    [
        ("plunder", "Inês Valadares", "Inês Valadares", "accused"),
        (
            "This ship belongs to the history of Portugal and to the families of the sailors who died on it,",
            "Inês Valadares",
            "Valadares",
            "told",
        ),
        ("It is not a treasure chest for investors.", "Inês Valadares", "Valadares", "told"),
        ("every rule in the book", "Brett Kowalczyk", "Brett Kowalczyk", "said"),
        (
            "We’re not pirates. We found a ship nobody else could find, and we’ve offered to work with Portuguese archaeologists every step of the way,",
            "Brett Kowalczyk",
            "Kowalczyk",
            "told",
        ),
        ("never asserted any interest", "Marlene Osei", "Marlene Osei", "argued"),
        ("remarkably intact.", "Tiago Bettencourt", ("He said the site", "He"), "said"),
        (
            "You can see the outline of the hull, the cannons, what look like stacks of porcelain,",
            "Tiago Bettencourt",
            "Bettencourt",
            "said",
        ),
        (
            "For archaeologists, the porcelain is not the treasure. The treasure is the context — how everything lies together. Once you lift it out, that’s gone forever.",
            "Tiago Bettencourt",
            "Bettencourt",
            "said",
        ),
        (
            "My grandfather used to tell stories about a silver ship out there,",
            "Rui Medeiros",
            "Rui Medeiros",
            "said",
        ),
        (
            "Everyone thought it was a legend. Now they’re fighting over it in an American court.",
            "Rui Medeiros",
            "Rui Medeiros",
            "said",
        ),
        ("We hope it does not come to that.", "Inês Valadares", ("she said", "she"), "said"),
    ],
    ["salvor in possession,"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind15_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
