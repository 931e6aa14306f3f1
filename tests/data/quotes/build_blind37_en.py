# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind37_en.jsonl: a thirty-seventh blind English quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions and cities aside).
Beats and outlets imitated: lake residents fighting wake-surfing boats before a township vote
(Star Tribune: a headline scare quote with "say", a dek, a partial quote with present-tense
"says", an association with its initials in brackets and a letter, an interrupted quote, a quote
running over two paragraphs, an anonymous wake surfer, a sheriff's office statement, a sign in
marks, a photo credit), farmers against a greenway route (Connacht Tribune: Irish curly single
marks with curly apostrophes and inner double ones, a headline quote with "hit out", a
two-paragraph quote, a project office with its initials, "Cllr" as title, an interrupted quote, a
cycling group's post, an unnamed young farmer, a scheme brand name in marks), a regional theatre
dropping its pantomime (The Stage: a headline partial quote with "blaming", a statement with the
cue before and a colon, a letter to staff with "wrote", a union, a performer's post, a nested
audience shout, show titles in marks), hail in a Jura village (Decanter: single curly marks,
translated quotes, inverted "said Varnier", a growers' committee, an insurer, a cuvée name and a
wine term in marks), a helmet crackdown on motorcycle taxis (New Vision: straight marks, "the
RDC" as title, a quote translated from Luganda, a riders' association with its initials, an
unnamed rider, an operation name in marks), a crocodile at a swimming hole (NT News: straight
marks and apostrophes, a headline quote with no cue, a tourist, a ranger introduced by "said:", a
wildlife service statement, a community group's post, a nickname and a sign in marks), a string of
retractions in catalysis chemistry (Chemistry World: a headline and a dek partial quote, a
publisher's retraction notice, an integrity consultant, a university statement, an emailed answer
from the researcher, an anonymous former group member, a paper title and a jargon term in marks)
and a regional publisher closing weekly titles (Press Gazette: a chief executive's memo, a union
with its initials, a former editor over two paragraphs, a follow-on quote with no cue, an unnamed
reporter, a campaign name in marks). Titles, slogans, names and terms in marks are listed as
non-quotes. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind37_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind37-en01",
    "en",
    """Tessaway Lake residents say wake boats are ‘tearing up’ the shoreline

Pine Hollow Township will vote next month on a rule that would keep wake surfers 300 feet from shore.

By Kelsey Brandvold Star Tribune
June 9, 2026 — 6:15am

Share on Facebook Share on X Email

PINE HOLLOW TOWNSHIP, Minn. — On a calm morning, Tessaway Lake looks like a postcard. By noon on a summer Saturday, says Dale Ostrowski, it looks like “a washing machine with a dock in it.”
Ostrowski, 71, has lived on the lake’s north bay since 1988. Waves from wake-surfing boats have chewed away about six feet of his lawn in three summers, he said, pointing to a line of bare tree roots at the water’s edge.
“I’m not against anybody having fun,” he said. “But these boats are built to make the biggest wave they can, and that wave has to go somewhere. It goes into my yard.”
Dale Ostrowski points to exposed roots along his shoreline on Tessaway Lake. (Aaron Lindqvist/Star Tribune)
The Pine Hollow Town Board will vote July 14 on an ordinance that would bar wake surfing within 300 feet of shore and in water shallower than 15 feet. If it passes, Pine Hollow would be among the first townships in the state to regulate the sport on its own.
The Tessaway Lake Improvement Association (TLIA), which represents about 400 property owners, has backed the proposal. In a letter to the board last month, the TLIA said stirred-up sediment was “a direct threat to water quality” and called the ordinance “modest and overdue.”
Not everyone agrees. Brent Vasko, who owns Vasko Marine in nearby Emily Falls and sells about 30 wake boats a year, said the rule would simply push families onto busier lakes.
“If you make it impossible to surf here,” Vasko said, “people don’t stop buying boats. They drive 20 minutes and do it somewhere else.”
He called the 300-foot figure “pulled out of thin air” and said no dealer had been consulted.
Maren Eklund, a lake scientist at Northwoods State College who has measured wave energy on Tessaway for two summers, said the research was no longer in much doubt.
“When a boat throws a three-foot wave in eight feet of water, the energy goes all the way to the bottom. You get phosphorus coming back up out of the sediment, and phosphorus is what feeds algae.
“The science on that is pretty settled now,” Eklund said. “What isn’t settled is who gets to decide.”
One wake surfer from Brainerd, who asked not to be named because neighbors had confronted him at the public landing, said the debate had turned personal. “I’ve been called things at that landing I wouldn’t repeat in front of my kids,” the surfer said. “I follow every rule there is. Write a new one and I’ll follow that too.”
At the public access, someone has nailed up a hand-painted sign reading “Your Wake, Your Responsibility.”
The Crow Wing County Sheriff’s Office, which patrols the lake, said in a statement that its deputies would enforce “whatever rules the township lawfully adopts.”
Board Chairwoman Linda Haugstad said she expects a full house. “We’ve had more e-mails about this than about the road levy, and the road levy was a 12% increase,” she said. “People care about this lake.”
Ostrowski plans to be there, with a folder of photos taken every June since 2019.
“I’ll bring pictures. Pictures don’t argue.”
Related coverage
Minnesota lake groups push for boating rules as summer crowds grow""",
    [
        ("tearing up", "residents", "Tessaway Lake residents", "say"),
        ("a washing machine with a dock in it.", "Dale Ostrowski", "Dale Ostrowski", "says"),
        ("I’m not against anybody having fun,", "Dale Ostrowski", ("he said. “But", "he"), "said"),
        (
            "But these boats are built to make the biggest wave they can, and that wave has to go somewhere. It goes into my yard.",
            "Dale Ostrowski",
            ("he said. “But", "he"),
            "said",
        ),
        (
            "a direct threat to water quality",
            "Tessaway Lake Improvement Association",
            ("the TLIA said", "the TLIA"),
            "said",
        ),
        (
            "modest and overdue.",
            "Tessaway Lake Improvement Association",
            ("the TLIA said", "the TLIA"),
            "called",
        ),
        ("If you make it impossible to surf here,", "Brent Vasko", ("Vasko said", "Vasko"), "said"),
        (
            "people don’t stop buying boats. They drive 20 minutes and do it somewhere else.",
            "Brent Vasko",
            ("Vasko said", "Vasko"),
            "said",
        ),
        ("pulled out of thin air", "Brent Vasko", ("He called", "He"), "called"),
        (
            "When a boat throws a three-foot wave in eight feet of water, the energy goes all the way to the bottom. You get phosphorus coming back up out of the sediment, and phosphorus is what feeds algae.",
            "Maren Eklund",
            ("Eklund said", "Eklund"),
            "said",
        ),
        (
            "The science on that is pretty settled now,",
            "Maren Eklund",
            ("Eklund said", "Eklund"),
            "said",
        ),
        (
            "What isn’t settled is who gets to decide.",
            "Maren Eklund",
            ("Eklund said", "Eklund"),
            "said",
        ),
        (
            "I’ve been called things at that landing I wouldn’t repeat in front of my kids,",
            "surfer",
            ("the surfer said", "the surfer"),
            "said",
        ),
        (
            "I follow every rule there is. Write a new one and I’ll follow that too.",
            "surfer",
            ("the surfer said", "the surfer"),
            "said",
        ),
        (
            "whatever rules the township lawfully adopts.",
            "Crow Wing County Sheriff’s Office",
            "The Crow Wing County Sheriff’s Office",
            "said",
        ),
        (
            "We’ve had more e-mails about this than about the road levy, and the road levy was a 12% increase,",
            "Linda Haugstad",
            ("she said", "she"),
            "said",
        ),
        ("People care about this lake.", "Linda Haugstad", ("she said", "she"), "said"),
        ("I’ll bring pictures. Pictures don’t argue.", "Dale Ostrowski", None, None),
    ],
    ["Your Wake, Your Responsibility."],
)

article(
    "blind37-en02",
    "en",
    """‘We were never asked’ – Cloonbrack farmers hit out at greenway route

By Dara Hession
Thursday, 21 May 2026

Landowners along the proposed route of the Corrib Lakeside Greenway have accused the project team of drawing lines through their farms ‘from an office in town’ without so much as a phone call.
More than 80 farmers packed Cloonbrack community hall on Monday night to hear that the preferred route would cross 34 holdings between the village and the lakeshore, including several that would be cut in two.
Pádraig Ó Cuív, whose family has farmed at Cloonbrack for four generations, said the first he heard of it was from a neighbour. ‘We were never asked, not once. A man came into the yard with a map and a hi-vis jacket and told me the line was going through my haggard,’ he told the Connacht Tribune.
‘I’ve nothing against walkers. My own daughter cycles to school. But you don’t split a farm in two and then tell a man to be grateful for a cattle underpass.
‘If they’d come to us first, half of this could have been sorted over a cup of tea,’ Mr Ó Cuív said.
The Western Greenways Office (WGO), which was set up by the local authorities to deliver the route, said the map shown to landowners was ‘an emerging preferred corridor’ and not a final design.
In a statement, the WGO said ‘extensive, one-to-one engagement’ with every affected landowner would take place over the summer. ‘No route will be finalised until that process is complete,’ it added.
Read more: Council confirms funding for Oughterard bypass study
Independent councillor Noreen Tierney, who chaired Monday’s meeting, said she supported the greenway in principle but understood the anger in the room.
‘This is a good project,’ said Cllr Tierney, ‘but it is being sold badly, and that is on us as much as anyone.’
She pointed to a letter sent to landowners in March. ‘The letter says “landowner engagement is central to the process”. Well, where was it? People got a leaflet and a website address,’ she said.
The scheme, branded ‘Lough to Lane’ in the project’s own literature, would link the village to an existing cycle path along the lakeshore.
Galway Pedal Network, a cycling group, said in a post on social media that the greenway would be ‘transformative for families who cannot cycle safely on the main road today’, and urged landowners to stay at the table.
One young farmer, who did not want to be named, said he feared being painted as the villain. ‘You say one word against it and you’re against progress,’ the farmer said. ‘I’m not against anything. I just want to know where my cattle are supposed to cross.’
The WGO is due to brief councillors at the June meeting of the municipal district.
Share this article""",
    [
        ("We were never asked", "farmers", "Cloonbrack farmers", "hit out"),
        ("from an office in town", "landowners", "Landowners", "accused"),
        (
            "We were never asked, not once. A man came into the yard with a map and a hi-vis jacket and told me the line was going through my haggard,",
            "Pádraig Ó Cuív",
            ("he told", "he"),
            "told",
        ),
        (
            "I’ve nothing against walkers. My own daughter cycles to school. But you don’t split a farm in two and then tell a man to be grateful for a cattle underpass.",
            "Pádraig Ó Cuív",
            "Mr Ó Cuív",
            "said",
        ),
        (
            "If they’d come to us first, half of this could have been sorted over a cup of tea,",
            "Pádraig Ó Cuív",
            "Mr Ó Cuív",
            "said",
        ),
        (
            "an emerging preferred corridor",
            "Western Greenways Office",
            "The Western Greenways Office",
            "said",
        ),
        (
            "extensive, one-to-one engagement",
            "Western Greenways Office",
            ("the WGO said", "the WGO"),
            "said",
        ),
        (
            "No route will be finalised until that process is complete,",
            "Western Greenways Office",
            ("it added", "it"),
            "added",
        ),
        ("This is a good project,", "Noreen Tierney", "Cllr Tierney", "said"),
        (
            "but it is being sold badly, and that is on us as much as anyone.",
            "Noreen Tierney",
            "Cllr Tierney",
            "said",
        ),
        (
            "The letter says “landowner engagement is central to the process”. Well, where was it? People got a leaflet and a website address,",
            "Noreen Tierney",
            ("she said", "she"),
            "said",
        ),
        (
            "transformative for families who cannot cycle safely on the main road today",
            "Galway Pedal Network",
            "Galway Pedal Network",
            "said",
        ),
        (
            "You say one word against it and you’re against progress,",
            "farmer",
            ("the farmer said", "the farmer"),
            "said",
        ),
        (
            "I’m not against anything. I just want to know where my cattle are supposed to cross.",
            "farmer",
            ("the farmer said", "the farmer"),
            "said",
        ),
    ],
    ["Lough to Lane"],
)

article(
    "blind37-en03",
    "en",
    """Kendal’s Lantern Theatre axes panto after 70 years, blaming “impossible” costs

By Georgina Pell
3 Jun 2026

Exclusive

The Lantern Theatre in Kendal has cancelled its Christmas pantomime for the first time since 1956, telling staff that the production has become too expensive to stage.
This year’s title, “Jack and the Beanstalk”, had already been announced and about 2,000 tickets sold. The venue will instead host a touring production of “The Snow Queen” for three weeks in December, and ticket holders will be offered refunds or exchanges.
Artistic director Tom Rigby-Shaw said in a statement: “This is the hardest decision I have taken in 11 years at the Lantern. Panto is the reason a lot of people in this town first walked through our doors, and I know how much it means to them.”
In a letter to staff seen by The Stage, chief executive Priya Lomax wrote that the pantomime had lost money “in four of the last five seasons” and that the theatre’s reserves could no longer absorb the losses.
“Our energy bills have tripled since 2021, our set and costume costs have doubled, and our audiences, quite rightly, cannot pay double for a ticket,” Lomax wrote. “Sentiment cannot balance a budget.”
She added that no permanent posts would be lost as a result of the decision.
The Theatre and Stage Workers Union, which represents backstage and front-of-house staff at the venue, said it was “deeply worried” about freelance crew who rely on the panto season for several months of work.
“For a lot of our members, panto is the difference between a good year and a very bad one,” said TSWU regional organiser Gareth Amos. “These are people with mortgages, not a line in a spreadsheet.”
Related: Pantomime season 2026 – the full list of productions
Ronnie Marsh, who has played the dame at the Lantern for 19 years, said in a social media post that he had been told by phone last week.
“Nineteen years of custard pies,” he wrote. “I’m heartbroken, but I’m not angry. They fought for it longer than most places would have.”
The venue’s main funder, the North West Stages Fund, said it had offered “transitional support” to the theatre last year and would “continue to work closely” with its board. A spokesperson declined to say whether further money had been requested.
Rigby-Shaw said the Lantern was exploring a smaller, cheaper Christmas show for 2027, possibly in partnership with a local school.
Asked by The Stage whether the pantomime could return, he said: “Never say never. It’s panto – somebody in the stalls will always shout ‘Oh yes it will!’”
“But it has to come back in a way we can afford. I won’t put the building at risk for it.”
The Snow Queen opens on December 4.
Share
Tags: Pantomime, Regional theatre, Funding""",
    [
        ("impossible", "Lantern Theatre", "Kendal’s Lantern Theatre", "blaming"),
        (
            "This is the hardest decision I have taken in 11 years at the Lantern. Panto is the reason a lot of people in this town first walked through our doors, and I know how much it means to them.",
            "Tom Rigby-Shaw",
            "Artistic director Tom Rigby-Shaw",
            "said",
        ),
        ("in four of the last five seasons", "Priya Lomax", "chief executive Priya Lomax", "wrote"),
        (
            "Our energy bills have tripled since 2021, our set and costume costs have doubled, and our audiences, quite rightly, cannot pay double for a ticket,",
            "Priya Lomax",
            ("Lomax wrote", "Lomax"),
            "wrote",
        ),
        ("Sentiment cannot balance a budget.", "Priya Lomax", ("Lomax wrote", "Lomax"), "wrote"),
        (
            "deeply worried",
            "Theatre and Stage Workers Union",
            "The Theatre and Stage Workers Union",
            "said",
        ),
        (
            "For a lot of our members, panto is the difference between a good year and a very bad one,",
            "Gareth Amos",
            "Gareth Amos",
            "said",
        ),
        (
            "These are people with mortgages, not a line in a spreadsheet.",
            "Gareth Amos",
            "Gareth Amos",
            "said",
        ),
        ("Nineteen years of custard pies,", "Ronnie Marsh", ("he wrote", "he"), "wrote"),
        (
            "I’m heartbroken, but I’m not angry. They fought for it longer than most places would have.",
            "Ronnie Marsh",
            ("he wrote", "he"),
            "wrote",
        ),
        ("transitional support", "North West Stages Fund", "the North West Stages Fund", "said"),
        (
            "continue to work closely",
            "North West Stages Fund",
            "the North West Stages Fund",
            "said",
        ),
        (
            "Never say never. It’s panto – somebody in the stalls will always shout ‘Oh yes it will!’",
            "Tom Rigby-Shaw",
            ("he said: “Never", "he"),
            "said",
        ),
        (
            "But it has to come back in a way we can afford. I won’t put the building at risk for it.",
            "Tom Rigby-Shaw",
            None,
            None,
        ),
    ],
    ["Jack and the Beanstalk", "The Snow Queen"],
)

article(
    "blind37-en04",
    "en",
    """Jura hailstorm: ‘Twenty minutes took the whole year’ in Vaux-Sainte-Odile

Yohann Chastel
July 2, 2026
Share this article

Producers in the Jura village of Vaux-Sainte-Odile have lost between 60% and 90% of their 2026 crop after a hailstorm swept across the southern slopes on Sunday evening, just weeks after flowering.
Hailstones ‘the size of walnuts’ fell for around twenty minutes, according to the Comité des Vignerons du Val d’Orain, the local growers’ committee, which estimates that about 140 hectares have been hit.
‘Twenty minutes took the whole year,’ said Élodie Varnier, who farms nine hectares with her brother at Domaine Varnier. ‘On Saturday I was walking the rows thinking it was the best flowering since 2018. On Monday morning there were no leaves left on the Savagnin, only wood.’
Varnier, speaking to Decanter by telephone, said the worst damage was in the estate’s oldest parcel, which supplies its single-vineyard cuvée ‘Les Tilleuls’. There will be no Les Tilleuls from the 2026 vintage.
‘The vines will survive. Vines are stubborn,’ she said. ‘But the wood is bruised, and a bruised vine gives less the following year as well. So it is not one harvest we lose, it is one and a half.’
Vineyard in Vaux-Sainte-Odile after Sunday’s storm. Credit: Comité des Vignerons du Val d’Orain
The committee’s president, Jean-Baptiste Roux, said growers would ask the regional authorities for the area to be recognised as a disaster zone. ‘Some of these estates were already hit by frost in 2021 and 2024. For a young grower with loans, a third bad year is not bad luck any more, it is the end,’ he said.
Fewer than one in four growers in the village carry hail insurance, Roux said, because premiums have risen sharply. Agrivigne Mutuelle, one of the main insurers in the region, said in a written reply that premiums ‘reflect the increasing frequency of severe weather events’ and that it was ‘assessing claims as a priority’.
Sparkling wine producers are slightly less exposed, Roux added, as they can buy in grapes from elsewhere. For vin jaune, which must spend at least six years ageing ‘sous voile’ under a film of yeast, the effect will be felt only from 2032 – ‘but it will be felt’, said Roux.
Several neighbouring estates have offered to share what fruit they have left. ‘In the Jura we are small and we are few,’ said Varnier. ‘When your neighbour has nothing, you give him some of your grapes. He would do the same.’
She said she and her brother would make ‘a little bit of everything, blended’ this year, rather than the usual range of single-parcel wines.
Asked whether she had thought of stopping, she laughed. ‘Every grower thinks about it on a night like Sunday. By Tuesday you are back in the vines.’
Related articles
Burgundy growers count cost of late frost""",
    [
        ("Twenty minutes took the whole year", "Élodie Varnier", None, None),
        (
            "the size of walnuts",
            "Comité des Vignerons du Val d’Orain",
            "the Comité des Vignerons du Val d’Orain",
            "according to",
        ),
        ("Twenty minutes took the whole year,", "Élodie Varnier", "Élodie Varnier", "said"),
        (
            "On Saturday I was walking the rows thinking it was the best flowering since 2018. On Monday morning there were no leaves left on the Savagnin, only wood.",
            "Élodie Varnier",
            "Élodie Varnier",
            "said",
        ),
        (
            "The vines will survive. Vines are stubborn,",
            "Élodie Varnier",
            ("she said", "she"),
            "said",
        ),
        (
            "But the wood is bruised, and a bruised vine gives less the following year as well. So it is not one harvest we lose, it is one and a half.",
            "Élodie Varnier",
            ("she said", "she"),
            "said",
        ),
        (
            "Some of these estates were already hit by frost in 2021 and 2024. For a young grower with loans, a third bad year is not bad luck any more, it is the end,",
            "Jean-Baptiste Roux",
            ("he said", "he"),
            "said",
        ),
        (
            "reflect the increasing frequency of severe weather events",
            "Agrivigne Mutuelle",
            "Agrivigne Mutuelle",
            "said",
        ),
        ("assessing claims as a priority", "Agrivigne Mutuelle", "Agrivigne Mutuelle", "said"),
        ("but it will be felt", "Jean-Baptiste Roux", ("said Roux", "Roux"), "said"),
        (
            "In the Jura we are small and we are few,",
            "Élodie Varnier",
            ("said Varnier", "Varnier"),
            "said",
        ),
        (
            "When your neighbour has nothing, you give him some of your grapes. He would do the same.",
            "Élodie Varnier",
            ("said Varnier", "Varnier"),
            "said",
        ),
        ("a little bit of everything, blended", "Élodie Varnier", ("She said", "She"), "said"),
        (
            "Every grower thinks about it on a night like Sunday. By Tuesday you are back in the vines.",
            "Élodie Varnier",
            ("she laughed", "she"),
            None,
        ),
    ],
    ["Les Tilleuls", "sous voile"],
)

article(
    "blind37-en05",
    "en",
    """Boda boda riders given two weeks to get helmets or lose motorcycles

Publish Date: Jul 08, 2026
By Ronald Ssekandi

NAKASEETA - Motorcycle taxi riders in Nakaseeta town council have been given until July 22 to acquire helmets for themselves and their passengers, or have their motorcycles impounded.
The directive was issued on Monday by the Resident District Commissioner (RDC), Sarah Namuddu Kizza, at a meeting with riders, Police and town council leaders at the Nakaseeta taxi park.
"We have buried too many young men this year. Every week I am called to the hospital to see a rider with a broken head," Kizza said. "From the 22nd, no helmet, no boda. I will not negotiate on this."
The RDC said the Police would mount checkpoints on all roads leading into the town under "Operation Kichwa Salama", which she said would run "until every rider understands".
According to records at Nakaseeta Health Centre IV, 61 riders and passengers were admitted with head injuries between January and June, and nine of them died.
Dr. Isaac Mwesigwa, the medical superintendent, said most of the patients had not been wearing helmets. "A helmet costs sh60,000. A head operation, if we can even do it here, costs millions, and many do not survive to pay," he said.
"I wish the riders could spend one night in our casualty ward."
The chairperson of the Nakaseeta Boda Boda Riders Association (NABORA), Muhammad Ssali, welcomed the crackdown but asked for more time. Speaking in Luganda, he said: "We are not against helmets. Our problem is money. Give us one month, and let the council help those who cannot afford."
Ssali said NABORA had about 1,400 registered members, but that many more riders in the town were not registered.
One rider, who gave his name only as Musa, said passengers often refused the helmets offered to them. "They say it smells, or it will spoil their hair," the rider said. "So you carry it on the handle for nothing."
The regional Police spokesperson, ASP Harriet Akello, said officers would "first educate, then enforce". She said impounded motorcycles would only be released on production of a helmet and a valid permit.
Town clerk Geoffrey Barugahare said the council had set aside sh20m to buy helmets for riders at a subsidised price, and described the money as "a start, not a solution".
Kizza warned that she would hold Police commanders personally responsible if the checkpoints were abandoned after a few days.
"This is not one of those operations that people forget after two weeks," she said. "I will be on that road myself."
RELATED STORIES
Road crashes: Government to review boda boda regulations""",
    [
        (
            "We have buried too many young men this year. Every week I am called to the hospital to see a rider with a broken head,",
            "Sarah Namuddu Kizza",
            ("Kizza said", "Kizza"),
            "said",
        ),
        (
            "From the 22nd, no helmet, no boda. I will not negotiate on this.",
            "Sarah Namuddu Kizza",
            ("Kizza said", "Kizza"),
            "said",
        ),
        ("until every rider understands", "Sarah Namuddu Kizza", ("which she said", "she"), "said"),
        (
            "A helmet costs sh60,000. A head operation, if we can even do it here, costs millions, and many do not survive to pay,",
            "Isaac Mwesigwa",
            ("he said", "he"),
            "said",
        ),
        (
            "I wish the riders could spend one night in our casualty ward.",
            "Isaac Mwesigwa",
            None,
            None,
        ),
        (
            "We are not against helmets. Our problem is money. Give us one month, and let the council help those who cannot afford.",
            "Muhammad Ssali",
            ('he said: "We', "he"),
            "said",
        ),
        (
            "They say it smells, or it will spoil their hair,",
            "rider",
            ("the rider said", "the rider"),
            "said",
        ),
        (
            "So you carry it on the handle for nothing.",
            "rider",
            ("the rider said", "the rider"),
            "said",
        ),
        ("first educate, then enforce", "Harriet Akello", "ASP Harriet Akello", "said"),
        ("a start, not a solution", "Geoffrey Barugahare", "Geoffrey Barugahare", "described"),
        (
            "This is not one of those operations that people forget after two weeks,",
            "Sarah Namuddu Kizza",
            ('she said. "I', "she"),
            "said",
        ),
        ("I will be on that road myself.", "Sarah Namuddu Kizza", ('she said. "I', "she"), "said"),
    ],
    ["Operation Kichwa Salama"],
)

article(
    "blind37-en06",
    "en",
    """"It was right there": Croc sighting shuts popular Top End swimming hole

Tourists at Gurrumbi Falls were ordered out of the water after a 4m saltie was spotted metres from the plunge pool

Lachlan Bright
NT News
June 18, 2026 - 11:42AM

Share

One of the Top End's most popular swimming holes has been closed indefinitely after a large saltwater crocodile was spotted just metres from swimmers on Tuesday afternoon.
Rangers ordered about 30 people out of the plunge pool at Gurrumbi Falls, 120km south of Darwin, shortly after 3pm when a visitor raised the alarm.
Melbourne backpacker Jess Kowalczyk, 24, said she had been floating on her back near the rocks when a man on the bank started shouting.
"I turned around and it was right there, maybe five metres away, just the eyes and the snout," she said. "I've never swum so fast in my life."
"Honestly, I thought it was a log until it moved."
The 4m animal was seen again on Wednesday morning near the bottom of the falls. Rangers believe it is the same crocodile locals have nicknamed "Big Rusty", which was relocated from a nearby creek in 2023.
The crocodile spotted at Gurrumbi Falls on Wednesday. Picture: Supplied
Senior ranger Mick Dunstan said the site had been surveyed before it reopened for the dry season in May and no crocodiles had been found.
"Salties move, especially late in the wet when the creeks are still connected," Mr Dunstan said.
"We do everything we can, but there is no such thing as a croc-free waterhole in the Top End. People need to understand that."
A trap has been set at the bottom pool, and the site will stay closed until rangers are "absolutely confident" it is safe, the Top End Wildlife Service said in a statement.
"Public safety is our highest priority. We ask visitors to obey all closure signs and to report any sightings immediately," the statement said.
The closure has frustrated some tour operators, who say they were given no warning. Daniel Oyelaran, who runs day trips from Darwin, said he had to refund two busloads of passengers. "Nobody called us. We found out when our driver saw the gate," he said.
The Gurrumbi Community Association wrote on its Facebook page that the falls were "not a theme park" and urged visitors to respect the closure. Under the post, one resident had uploaded a photo of the faded sign at the car park reading "Swim at your own risk".
Mr Dunstan said he understood people's disappointment, but would not take chances.
Asked how long the closure would last, he said: "As long as it takes. The croc doesn't read the calendar."
Ms Kowalczyk, who flew home on Thursday, said she would still recommend the Territory.
"Just maybe the pool at the hostel," she laughed.
READ NEXT
Fisherman's lucky escape after croc leaps at tinnie on Adelaide River""",
    [
        ("It was right there", "Jess Kowalczyk", None, None),
        (
            "I turned around and it was right there, maybe five metres away, just the eyes and the snout,",
            "Jess Kowalczyk",
            ("she said. \"I've", "she"),
            "said",
        ),
        (
            "I've never swum so fast in my life.",
            "Jess Kowalczyk",
            ("she said. \"I've", "she"),
            "said",
        ),
        ("Honestly, I thought it was a log until it moved.", "Jess Kowalczyk", None, None),
        (
            "Salties move, especially late in the wet when the creeks are still connected,",
            "Mick Dunstan",
            ("Mr Dunstan said.", "Mr Dunstan"),
            "said",
        ),
        (
            "We do everything we can, but there is no such thing as a croc-free waterhole in the Top End. People need to understand that.",
            "Mick Dunstan",
            None,
            None,
        ),
        (
            "absolutely confident",
            "Top End Wildlife Service",
            "the Top End Wildlife Service",
            "said",
        ),
        (
            "Public safety is our highest priority. We ask visitors to obey all closure signs and to report any sightings immediately,",
            "Top End Wildlife Service",
            "the Top End Wildlife Service",
            "said",
        ),
        (
            "Nobody called us. We found out when our driver saw the gate,",
            "Daniel Oyelaran",
            ("he said", "he"),
            "said",
        ),
        (
            "not a theme park",
            "Gurrumbi Community Association",
            "The Gurrumbi Community Association",
            "wrote",
        ),
        (
            "As long as it takes. The croc doesn't read the calendar.",
            "Mick Dunstan",
            ('he said: "As', "he"),
            "said",
        ),
        ("Just maybe the pool at the hostel,", "Jess Kowalczyk", ("she laughed", "she"), "laughed"),
    ],
    ["Big Rusty", "Swim at your own risk"],
)

article(
    "blind37-en07",
    "en",
    """Fifth retraction for catalysis group as publisher cites ‘duplicated’ images

Rheinfeld chemist says errors were ‘honest mistakes in figure preparation’, but integrity consultant counts problems in 23 papers

Benedikt Aurich
14 May 2026

A research group at the Rheinfeld University of Technology in Germany has had a fifth paper retracted in eight months, after its publisher concluded that electron microscopy images had been reused across studies describing different catalysts.
The latest notice, published on 11 May by Halden Scientific, concerns a 2021 paper titled “Single-atom cobalt sites on nitrogen-doped carbon for selective nitroarene hydrogenation”. According to the notice, an investigation found that two images in the paper were “duplicated, with rotation and cropping” from figures in an earlier article by the same group, and that the authors “could not provide the original data files”.
“The editors no longer have confidence in the reliability of the conclusions,” the notice states.
The group is led by Professor Matthias Oberkirch, whose work on cheap metal catalysts for fine chemicals has attracted more than €6 million in public funding since 2018.
In an emailed response to Chemistry World, Oberkirch said the duplications were “honest mistakes in figure preparation” by junior researchers working under deadline pressure. “We had many similar samples and many similar images, and the folders were not well organised. That is my responsibility, and I accept it,” he wrote.
“But I want to be clear: the chemistry is real. The catalysts work, and other groups have reproduced them.”
Hana Dvořáková, an independent research-integrity consultant based in Brno, first raised concerns about the group’s papers on a public comment platform in 2024. She has since flagged what she describes as image problems in 23 of its publications.
“Five retractions is not the end of this story. It is the beginning,” Dvořáková told Chemistry World. “Some of the same micrographs appear in papers about three different metals. You cannot make a cobalt catalyst and an iron catalyst and get the same picture.”
She said the pattern was typical of what image sleuths call “figure recycling”, and argued that publishers took too long to act.
Rheinfeld University of Technology said its research integrity committee had opened a formal inquiry in January. “The university takes all allegations of scientific misconduct seriously. We will not comment further while the procedure is ongoing,” a spokesperson said.
A former member of the group, who asked not to be named because they still work in the field, said students had been expected to produce results quickly. “There was a lot of pressure to have the pictures ready for the submission. Nobody told you to copy anything, but nobody checked either,” the former group member said.
Halden Scientific said further papers by the group were “under assessment”, but declined to say how many.
Read more
How image-checking software is changing peer review""",
    [
        ("duplicated", "Halden Scientific", "publisher", "cites"),
        (
            "honest mistakes in figure preparation",
            "Matthias Oberkirch",
            "Rheinfeld chemist",
            "says",
        ),
        (
            "duplicated, with rotation and cropping",
            "Halden Scientific",
            "Halden Scientific",
            ("the notice, an investigation found", "found"),
        ),
        (
            "could not provide the original data files",
            "Halden Scientific",
            "Halden Scientific",
            ("the notice, an investigation found", "found"),
        ),
        (
            "The editors no longer have confidence in the reliability of the conclusions,",
            "Halden Scientific",
            "Halden Scientific",
            "states",
        ),
        ("honest mistakes in figure preparation", "Matthias Oberkirch", "Oberkirch", "said"),
        (
            "We had many similar samples and many similar images, and the folders were not well organised. That is my responsibility, and I accept it,",
            "Matthias Oberkirch",
            ("he wrote", "he"),
            "wrote",
        ),
        (
            "But I want to be clear: the chemistry is real. The catalysts work, and other groups have reproduced them.",
            "Matthias Oberkirch",
            None,
            None,
        ),
        (
            "Five retractions is not the end of this story. It is the beginning,",
            "Hana Dvořáková",
            ("Dvořáková told", "Dvořáková"),
            "told",
        ),
        (
            "Some of the same micrographs appear in papers about three different metals. You cannot make a cobalt catalyst and an iron catalyst and get the same picture.",
            "Hana Dvořáková",
            ("Dvořáková told", "Dvořáková"),
            "told",
        ),
        (
            "The university takes all allegations of scientific misconduct seriously. We will not comment further while the procedure is ongoing,",
            "Rheinfeld University of Technology",
            "a spokesperson",
            "said",
        ),
        (
            "There was a lot of pressure to have the pictures ready for the submission. Nobody told you to copy anything, but nobody checked either,",
            "member",
            ("the former group member said", "the former group member"),
            ("member said", "said"),
        ),
        ("under assessment", "Halden Scientific", "Halden Scientific", "said"),
    ],
    [
        "Single-atom cobalt sites on nitrogen-doped carbon for selective nitroarene hydrogenation",
        "figure recycling",
    ],
)

article(
    "blind37-en08",
    "en",
    """Harrow Ridge Media to close four weekly newspapers with 23 jobs at risk

Charlotte Wren
28 April 2026

Regional publisher Harrow Ridge Media is to close four of its weekly print titles in the East Midlands, putting 23 editorial and production jobs at risk.
The Wexbury Gazette, the Stanleigh Times, the Hollin Valley Advertiser and the Carrow Mercury will publish their final print editions at the end of June, according to an internal memo seen by Press Gazette. Some of their content will move to a new regional website.
In the memo, sent to staff on Monday afternoon, chief executive Martin Croft wrote that print advertising across the four titles had fallen by 41% in three years.
“I know how much these newspapers mean to the people who make them and to the communities they serve,” Croft wrote. “But we cannot keep printing papers that lose money every single week and hope that something changes. Closing them now is how we protect local journalism in this region, not how we abandon it.”
The memo said a 30-day consultation would begin immediately and that the company would seek to “redeploy as many colleagues as possible” across its remaining titles.
The Journalists’ Union of Britain (JUB) said the closures were “a hammer blow” for local democracy. “Who is going to sit through a four-hour planning meeting in Stanleigh now? Not a website that gets its news from press releases,” said JUB national organiser Deborah Feeney.
Feeney said the union would fight any compulsory redundancies and called on Harrow Ridge to publish the accounts for the four titles.
Peter Alcott, who edited the Wexbury Gazette for 14 years before retiring in 2022, said the paper had been part of the town since 1871.
“When I started, we had nine reporters and an office on the high street. People would walk in with a story, or a complaint, or a photo of a giant marrow.
“By the time I left there were three of us, working from home, covering an area twice the size. You could see where it was heading. It still hurts to see it happen,” he said.
“A town without a newspaper doesn’t notice at first. It notices five years later, when nobody knows why the council tax went up.”
One reporter at the Stanleigh Times, who did not want to be named, said staff had learned of the plans at a video call that lasted 11 minutes. “There were no questions allowed at the end. They just said the consultation pack would be in our inboxes,” the reporter said.
A Harrow Ridge Media spokesperson said the company remained “fully committed” to the region and would “invest the savings in digital local news”.
Readers in Wexbury have started a campaign, Keep the Gazette, and a petition under the banner “Our Town, Our Paper” had gathered more than 2,300 signatures by Tuesday evening.
Topics: Local newspapers, Job cuts
Email newsletter: Sign up for the Press Gazette daily briefing""",
    [
        (
            "I know how much these newspapers mean to the people who make them and to the communities they serve,",
            "Martin Croft",
            ("Croft wrote", "Croft"),
            "wrote",
        ),
        (
            "But we cannot keep printing papers that lose money every single week and hope that something changes. Closing them now is how we protect local journalism in this region, not how we abandon it.",
            "Martin Croft",
            ("Croft wrote", "Croft"),
            "wrote",
        ),
        (
            "redeploy as many colleagues as possible",
            "Harrow Ridge Media",
            "the company",
            ("The memo said", "said"),
        ),
        (
            "a hammer blow",
            "Journalists’ Union of Britain",
            "The Journalists’ Union of Britain",
            "said",
        ),
        (
            "Who is going to sit through a four-hour planning meeting in Stanleigh now? Not a website that gets its news from press releases,",
            "Deborah Feeney",
            "Deborah Feeney",
            "said",
        ),
        (
            "When I started, we had nine reporters and an office on the high street. People would walk in with a story, or a complaint, or a photo of a giant marrow.",
            "Peter Alcott",
            ("he said", "he"),
            "said",
        ),
        (
            "By the time I left there were three of us, working from home, covering an area twice the size. You could see where it was heading. It still hurts to see it happen,",
            "Peter Alcott",
            ("he said", "he"),
            "said",
        ),
        (
            "A town without a newspaper doesn’t notice at first. It notices five years later, when nobody knows why the council tax went up.",
            "Peter Alcott",
            None,
            None,
        ),
        (
            "There were no questions allowed at the end. They just said the consultation pack would be in our inboxes,",
            "reporter",
            ("the reporter said", "the reporter"),
            "said",
        ),
        ("fully committed", "Harrow Ridge Media", "A Harrow Ridge Media spokesperson", "said"),
        (
            "invest the savings in digital local news",
            "Harrow Ridge Media",
            "A Harrow Ridge Media spokesperson",
            "said",
        ),
    ],
    ["Our Town, Our Paper"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind37_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
