# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind13_en.jsonl: a thirteenth blind English quotation set (written for depeche, CC0).

Written blind by a helper who never read the quotes code, so that its score is an honest, blind
estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Everything is
invented: every story, person, place and organisation. Beats: an AP wire on a small plane that
lands on a highway (FAA, pilot, witnesses), a BBC piece on a village pub bought by its
regulars, a Nature-news piece on a retracted paper, a Politico-style piece on a filibuster
(senators, aides on background), a local US paper on a county-fair pie contest dispute, a
CNN piece on a heat-wave cooling centre, a Guardian piece on a council selling allotments and
a Bloomberg story on a lithium-mine permit. Marks vary: curly “ ”, straight " ", British
single quotes with inner double ones. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind13_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind13-en01",
    "en",
    """Pilot lands crippled plane on rural highway: “I had one option”

By MARGARET OYELARAN-KIRK Associated Press
Updated 4:12 PM EDT, March 3, 2026

DELLWOOD, Ore. (AP) — A single-engine plane that lost power over rural Oregon landed on a two-lane highway on Tuesday morning, clipping a road sign but leaving its pilot and passenger with only minor cuts, authorities said.

The four-seat aircraft, registered to a flying club in the town of Pine Hollow, came down on State Route 9 about 3 miles north of Dellwood shortly after 8 a.m., the Federal Aviation Administration said in a statement. “The aircraft reported a loss of engine power and landed on a roadway,” the agency said, adding that it would investigate together with the National Transportation Safety Board.

The pilot, 61-year-old retired schoolteacher Dennis Holloway, said he had tried to restart the engine twice before committing to the road.

“I had one option, and it had cars on it,” Holloway told The Associated Press by phone from his home. “I picked the longest straight stretch I could see and waited for a gap.”

His passenger, Carla Ruiz-Benton, 58, said the landing was “smoother than some airline flights I’ve been on.” She added: “Dennis never raised his voice. Not once.”

Share this story: Facebook · X · Email

Witnesses described drivers braking hard as the plane descended over a low hill. “It just appeared in my windshield, wings level, maybe 50 feet up,” said Troy Abernathy, who was hauling a cattle trailer southbound. “I pulled onto the shoulder and it rolled right past me.”

Another motorist, Lianne Forsberg, filmed the final seconds on her phone. “Everybody stopped, everybody got out, and then everybody started clapping,” the 34-year-old said.

Oregon State Police Sgt. Ramón Aquino said the highway was closed for about four hours while the aircraft was towed to a gravel lot. “Nobody on the ground was hurt, which frankly is remarkable,” Aquino said. “We had a school bus through that stretch 20 minutes earlier.”

RELATED: What drivers should do when a plane lands on the road

According to the flying club’s president, Gail Whitcombe, the plane had passed its annual inspection in January. The club has grounded its two other aircraft “out of an abundance of caution,” Whitcombe wrote in an email.

An NTSB spokesperson said a preliminary report would be released within 30 days. Investigators typically look at fuel, maintenance records and weather, the spokesperson said, but “it’s far too early to say what happened.”

Holloway, who has logged more than 2,000 hours in the air, said he intends to fly again. “Maybe not this week,” he said. “But I’m not done.”

Copyright 2026 The Associated Press. All rights reserved.""",
    [
        ("I had one option", "Dennis Holloway", None, None),
        (
            "The aircraft reported a loss of engine power and landed on a roadway,",
            "Federal Aviation Administration",
            "the agency",
            ("the agency said", "said"),
        ),
        (
            "I had one option, and it had cars on it,",
            "Dennis Holloway",
            ("Holloway told", "Holloway"),
            "told",
        ),
        (
            "I picked the longest straight stretch I could see and waited for a gap.",
            "Dennis Holloway",
            None,
            None,
        ),
        (
            "smoother than some airline flights I’ve been on.",
            "Carla Ruiz-Benton",
            "Carla Ruiz-Benton",
            ("Ruiz-Benton, 58, said", "said"),
        ),
        (
            "Dennis never raised his voice. Not once.",
            "Carla Ruiz-Benton",
            ("She added", "She"),
            "added",
        ),
        (
            "It just appeared in my windshield, wings level, maybe 50 feet up,",
            "Troy Abernathy",
            "Troy Abernathy",
            ("said Troy", "said"),
        ),
        ("I pulled onto the shoulder and it rolled right past me.", "Troy Abernathy", None, None),
        (
            "Everybody stopped, everybody got out, and then everybody started clapping,",
            "Lianne Forsberg",
            "the 34-year-old",
            ("34-year-old said", "said"),
        ),
        (
            "Nobody on the ground was hurt, which frankly is remarkable,",
            "Ramón Aquino",
            ("Aquino said. ", "Aquino"),
            ("Aquino said. ", "said"),
        ),
        (
            "We had a school bus through that stretch 20 minutes earlier.",
            "Ramón Aquino",
            None,
            None,
        ),
        (
            "out of an abundance of caution,",
            "Gail Whitcombe",
            ("Whitcombe wrote", "Whitcombe"),
            "wrote",
        ),
        (
            "it’s far too early to say what happened.",
            "spokesperson",
            ("the spokesperson said", "the spokesperson"),
            ("the spokesperson said", "said"),
        ),
        ("Maybe not this week,", "Dennis Holloway", (" he said", "he"), (" he said", "said")),
        ("But I’m not done.", "Dennis Holloway", (" he said", "he"), (" he said", "said")),
    ],
)

article(
    "blind13-en02",
    "en",
    """Villagers buy the Drover's Rest to stop last pub closing

By Hannah Pryce-Jones
BBC News, Shropshire

Published 14 February 2026

Share
Save

Regulars at a Shropshire village's only pub have raised £412,000 in a community share offer to buy the building before it could be turned into a holiday let.

The Drover's Rest in Lower Chedmore closed in October when its owners, the brewery group Halverson Inns, put it up for sale. More than 600 people, some from as far away as New Zealand, bought shares.

"We didn't set out to become landlords," said Alun Marchbanks, who chairs the Chedmore Community Pub Society. "We set out to keep somewhere warm to sit on a Tuesday night."

Mr Marchbanks, a retired vet, said the group had been "told by just about everybody" that it would never reach its target in time.

The society's treasurer, Priya Venkataraman, said the final £30,000 came in over a single weekend. "People were pushing envelopes of cash through my letterbox," she said. "One had a note that just said 'for the darts team'."

Image caption: Volunteers painted the bar in the society's colours last week (Photo: Chedmore Community Pub Society)

The pub will reopen next month under a tenant landlord, Gareth Lowe, 29, who grew up two doors away.

'I used to collect glasses here for pocket money,' Mr Lowe told BBC Radio Shropshire. 'Now I've got to work out the VAT return, which is a different kind of pocket money.'

He said he hoped to serve food three days a week and bring back the quiz, which was known locally as "The Chedmore Inquisition".

Halverson Inns said in a statement it was "delighted the community has secured the future" of the pub and wished the new owners well.

Read more: Why are so many rural pubs closing?

The campaign was backed by the local MP, Rhiannon Tate, who called the sale "a proper win for people who refused to take no for an answer".

Not everyone was convinced at first. Parish councillor Derek Hollins admitted he had been sceptical. "I thought it was a lovely idea and a terrible investment," he said, "and I'm happy to have been wrong about the second half."

According to the advice charity Rural Taps, about one in five community-owned pubs opened in the past decade.

"The pub is the last public room in a lot of villages," said the charity's director, Fiona Adeyemi. "When it goes, people stop bumping into each other."

For Mrs Venkataraman, the next job is the roof. "It leaks over table six," she said. "We'll fix it. Eventually."

Sign up for our morning newsletter and get BBC News in your inbox.""",
    [
        (
            "We didn't set out to become landlords,",
            "Alun Marchbanks",
            "Alun Marchbanks",
            ("said Alun", "said"),
        ),
        (
            "We set out to keep somewhere warm to sit on a Tuesday night.",
            "Alun Marchbanks",
            None,
            None,
        ),
        ("told by just about everybody", "Alun Marchbanks", "Mr Marchbanks", ("vet, said", "said")),
        (
            "People were pushing envelopes of cash through my letterbox,",
            "Priya Venkataraman",
            (" she said", "she"),
            (" she said", "said"),
        ),
        ("One had a note that just said 'for the darts team'.", "Priya Venkataraman", None, None),
        (
            "I used to collect glasses here for pocket money,",
            "Gareth Lowe",
            "Mr Lowe",
            ("Mr Lowe told", "told"),
        ),
        (
            "Now I've got to work out the VAT return, which is a different kind of pocket money.",
            "Gareth Lowe",
            "Mr Lowe",
            ("Mr Lowe told", "told"),
        ),
        (
            "delighted the community has secured the future",
            "Halverson Inns",
            ("Halverson Inns said", "Halverson Inns"),
            ("Halverson Inns said", "said"),
        ),
        (
            "a proper win for people who refused to take no for an answer",
            "Rhiannon Tate",
            "Rhiannon Tate",
            "called",
        ),
        (
            "I thought it was a lovely idea and a terrible investment,",
            "Derek Hollins",
            (" he said", "he"),
            (" he said", "said"),
        ),
        (
            "and I'm happy to have been wrong about the second half.",
            "Derek Hollins",
            (" he said", "he"),
            (" he said", "said"),
        ),
        (
            "The pub is the last public room in a lot of villages,",
            "Fiona Adeyemi",
            "Fiona Adeyemi",
            ("said the charity", "said"),
        ),
        ("When it goes, people stop bumping into each other.", "Fiona Adeyemi", None, None),
        (
            "It leaks over table six,",
            "Priya Venkataraman",
            (" she said", "she"),
            (" she said", "said"),
        ),
        ("We'll fix it. Eventually.", "Priya Venkataraman", None, None),
    ],
    ["The Chedmore Inquisition"],
)

article(
    "blind13-en03",
    "en",
    """Journal retracts high-profile coral ‘heat-shield’ study after image duplication found

NEWS | 9 April 2026

Authors of a 2024 paper that claimed a gut bacterium could protect reef corals from bleaching say they stand by the biology, but concede that key figures were mishandled.

By Tobias Engqvist

A marine-biology paper that drew wide attention for suggesting that a single bacterial strain could shield corals from heat stress has been retracted, two years after publication.

The journal, Reef Systems Letters, said in a retraction notice published on 7 April that “several panels in Figures 2 and 4 contain duplicated and manipulated image regions” and that the editors “no longer have confidence in the conclusions.”

The study, led by microbiologist Ines Wachowiak at the Kestrel Bay Marine Institute, reported that corals inoculated with the strain survived a simulated heatwave at twice the rate of controls. Media coverage at the time called it a “probiotic lifeline” for reefs.

Wachowiak did not agree to the retraction. In an email to Nature’s news team, she wrote: “We made errors in assembling the figures, and I take responsibility for them. But the survival data were recorded independently and they hold.”

Three of her eight co-authors signed the notice. One of them, postdoctoral researcher Samuel Okonkwo-Reyes, said he had raised questions about the images in 2024. “I flagged it internally,” he says. “I was told it was a formatting issue.”

Sign up for Nature Briefing: an up-to-date digest of what matters in science, free to your inbox daily.

The duplications were first spotted by image-integrity analyst Marguerite Solberg, who posted them on the post-publication review site PubPeer last September. “Once you see the same coral polyp rotated 90 degrees in two treatments, you can’t unsee it,” Solberg says.

She adds that the journal moved faster than many. “Eight months is not great, but I’ve waited six years for some of these.”

The Kestrel Bay Marine Institute said in a statement that it had opened a research-integrity inquiry and “will not comment on individual staff while that process is under way.”

Researchers outside the group say the retraction should not sink the idea. “Microbial therapies for corals are a serious field with replicated results,” says Hyun-woo Bae, a reef ecologist at the University of Port Arden who was not involved. “This paper was never the whole foundation, and it shouldn’t be treated as if it were.”

Others were blunter. A senior editor at another journal, who asked not to be named because they review related manuscripts, described the original peer review as “a rubber stamp with a nice font.”

The paper had been cited 214 times, according to the database Citeline. Wachowiak says her group has begun repeating the experiment with an outside lab. “If it fails, we’ll publish that too,” she says.

doi: https://doi.org/10.0000/rsl-2026-0412

Related articles: Coral bleaching hits record extent | The science sleuths who find fake images""",
    [
        ("heat-shield", None, None, None),
        (
            "several panels in Figures 2 and 4 contain duplicated and manipulated image regions",
            "Reef Systems Letters",
            "Reef Systems Letters",
            ("Letters, said", "said"),
        ),
        (
            "no longer have confidence in the conclusions.",
            "Reef Systems Letters",
            "Reef Systems Letters",
            ("Letters, said", "said"),
        ),
        ("probiotic lifeline", None, None, None),
        (
            "We made errors in assembling the figures, and I take responsibility for them. But the survival data were recorded independently and they hold.",
            "Ines Wachowiak",
            ("she wrote", "she"),
            "wrote",
        ),
        (
            "I flagged it internally,",
            "Samuel Okonkwo-Reyes",
            ("he says", "he"),
            ("he says", "says"),
        ),
        ("I was told it was a formatting issue.", "Samuel Okonkwo-Reyes", None, None),
        (
            "Once you see the same coral polyp rotated 90 degrees in two treatments, you can’t unsee it,",
            "Marguerite Solberg",
            ("Solberg says", "Solberg"),
            ("Solberg says", "says"),
        ),
        (
            "Eight months is not great, but I’ve waited six years for some of these.",
            "Marguerite Solberg",
            ("She adds", "She"),
            "adds",
        ),
        (
            "will not comment on individual staff while that process is under way.",
            "Kestrel Bay Marine Institute",
            ("The Kestrel Bay Marine Institute said", "Kestrel Bay Marine Institute"),
            ("Institute said", "said"),
        ),
        (
            "Microbial therapies for corals are a serious field with replicated results,",
            "Hyun-woo Bae",
            "Hyun-woo Bae",
            ("says Hyun-woo", "says"),
        ),
        (
            "This paper was never the whole foundation, and it shouldn’t be treated as if it were.",
            "Hyun-woo Bae",
            None,
            None,
        ),
        ("a rubber stamp with a nice font.", "editor", "A senior editor", "described"),
        (
            "If it fails, we’ll publish that too,",
            "Ines Wachowiak",
            (" she says", "she"),
            (" she says", "says"),
        ),
    ],
)

article(
    "blind13-en04",
    "en",
    """Inside the 19-hour filibuster that stalled the rail safety bill

Sen. Corliss talked through the night. Her own party's leaders were not thrilled.

By DEVIN ACHTERBERG and NORA QUILLFEATHER
03/18/2026 06:45 AM EDT

Sen. Judith Corliss had been on her feet for 14 hours when an aide slipped a note onto her desk reading, in block capitals, "DRINK WATER."

The Wyoming Democrat ignored it, according to two people in the chamber, and kept reading from a 1987 derailment report.

By the time she yielded the floor at 2:10 a.m. Tuesday, Corliss had spoken for 19 hours and 6 minutes, the longest solo filibuster in the chamber in more than a decade, and the Freight Corridor Modernization Act was, for now, stuck.

"I'm not against trains. I grew up next to the tracks," Corliss told reporters as she left the Capitol, her voice hoarse. "I'm against a bill that lets a railroad inspect itself and mail us the results."

Majority Leader Phil Ardagna, whose office had negotiated the bill for months, was less charmed. "Everyone has the right to talk," he said in a brief statement. "Nobody has the right to pretend there was no process."

Privately, Ardagna's team was angrier. One senior Democratic aide, granted anonymity to describe internal discussions, said the leadership had been given "about 40 minutes of notice" before Corliss began. "She had her shoes picked out," the aide said. "We had nothing."

PLAYBOOK NEWSLETTER: Sign up for the latest scoop, every morning — in your inbox.

Republicans, who largely back the bill, enjoyed the spectacle. Sen. Bartholomew Greer of Montana said Corliss had "out-Senated the Senate." Asked whether he would help her, he laughed. "Absolutely not," said Greer. "But I stayed up to watch."

The rail industry's main lobby, the Association of Freight Carriers, said in a statement that the bill "reflects three years of good-faith negotiation with labor and regulators." A spokesperson for the association, Luis Terán, added that the self-inspection provisions were "misunderstood."

Unions are split. The Brotherhood of Signal Maintainers backs Corliss; a rival union does not. "She's doing what a senator should do," said Marisol Ebbing, the Brotherhood's legislative director. "She's making them explain it out loud."

What happens now is unclear. Leadership could try to bring the bill back after the recess, but a person familiar with the whip count said the votes had "gotten softer overnight, not harder."

Corliss, 67, said she had no plans to stop. "If they bring it back, I'll bring better shoes," she said.

Asked whether her colleagues would forgive her, the senator shrugged. "They forgave me for worse," she said.

Theo Lindqvist contributed to this report.""",
    [
        ("DRINK WATER.", "aide", "an aide", None),
        (
            "I'm not against trains. I grew up next to the tracks,",
            "Judith Corliss",
            ("Corliss told", "Corliss"),
            "told",
        ),
        (
            "I'm against a bill that lets a railroad inspect itself and mail us the results.",
            "Judith Corliss",
            ("Corliss told", "Corliss"),
            "told",
        ),
        (
            "Everyone has the right to talk,",
            "Phil Ardagna",
            (" he said", "he"),
            (" he said", "said"),
        ),
        ("Nobody has the right to pretend there was no process.", "Phil Ardagna", None, None),
        (
            "about 40 minutes of notice",
            "aide",
            "One senior Democratic aide",
            ("discussions, said", "said"),
        ),
        ("She had her shoes picked out,", "aide", "the aide", ("the aide said", "said")),
        ("We had nothing.", "aide", None, None),
        (
            "out-Senated the Senate.",
            "Bartholomew Greer",
            "Sen. Bartholomew Greer",
            ("Montana said", "said"),
        ),
        ("Absolutely not,", "Bartholomew Greer", ("said Greer", "Greer"), ("said Greer", "said")),
        (
            "But I stayed up to watch.",
            "Bartholomew Greer",
            ("said Greer", "Greer"),
            ("said Greer", "said"),
        ),
        (
            "reflects three years of good-faith negotiation with labor and regulators.",
            "Association of Freight Carriers",
            "Association of Freight Carriers",
            ("Carriers, said", "said"),
        ),
        ("misunderstood.", "Luis Terán", "Luis Terán", "added"),
        (
            "She's doing what a senator should do,",
            "Marisol Ebbing",
            "Marisol Ebbing",
            ("said Marisol", "said"),
        ),
        ("She's making them explain it out loud.", "Marisol Ebbing", None, None),
        (
            "gotten softer overnight, not harder.",
            "person",
            "a person familiar with the whip count",
            ("whip count said", "said"),
        ),
        (
            "If they bring it back, I'll bring better shoes,",
            "Judith Corliss",
            (" she said", "she"),
            (" she said", "said"),
        ),
        (
            "They forgave me for worse,",
            "Judith Corliss",
            (" she said", "she"),
            (" she said", "said"),
        ),
    ],
)

article(
    "blind13-en05",
    "en",
    """Pie judge recuses herself after blue-ribbon rhubarb row

Harlan County Courier-Ledger
Staff report | Posted Aug 22, 2026 at 5:30 PM

MILLBRACK — The Harlan County Fair's pie contest has a new judge, a re-run category and, as of Thursday, a written apology.

Fair officials said longtime judge Edna Vosburgh stepped aside from the fruit-pie division after another contestant pointed out that this year's rhubarb winner, Cheryl Dunwoodie, is Vosburgh's sister-in-law.

"I have judged pies at this fair for 31 years and I have never once looked at a name card," Vosburgh said in the letter, which the fair board posted on its Facebook page. "But I understand how it looks, and the pies deserve better than a cloud."

The complaint came from Rosalind Teague, 71, of Upper Fenwick, whose strawberry-rhubarb lattice placed second. Teague said she had no quarrel with the pie itself.

"It was a good pie. I tasted it. The crust was honest," Teague told the Courier-Ledger on Friday. "My problem is the paperwork."

Fair board president Gordon Stipe said the board would re-judge the category Saturday morning with three judges brought in from neighboring Ostler County. "We want this to be about butter and sugar, not about who married whom," he said.

Dunwoodie, reached at her booth in the poultry barn, said she was "mortified" and would bake a fresh entry. "I'll win it again or I won't," the retired postmaster said. "Either way I'm not giving back the ribbon I already framed."

Advertisement

The dispute has drawn crowds. By midafternoon Friday, a hand-lettered sign reading "Justice for Rhubarb" hung outside the 4-H exhibit hall, and the fair's concession stand was selling slices of both contested pies for $3.

"Honestly, best weekend we've had since the pig escaped," said Wendell Park, who runs the stand.

State fair rules do not address family ties between judges and contestants, according to the state Association of County Fairs, which advises its members to "use common sense and disclose early."

Vosburgh will still judge the cream-pie and cobbler divisions. Asked whether she planned to attend Saturday's re-judging, she said yes. "I'm going to sit in the front row," she said, "and I'm not going to make a face."

Results will be posted on the fair's website by noon Saturday.

Follow the Courier-Ledger on Facebook for more fair coverage.""",
    [
        (
            "I have judged pies at this fair for 31 years and I have never once looked at a name card,",
            "Edna Vosburgh",
            ("Vosburgh said in", "Vosburgh"),
            ("Vosburgh said in", "said"),
        ),
        (
            "But I understand how it looks, and the pies deserve better than a cloud.",
            "Edna Vosburgh",
            None,
            None,
        ),
        (
            "It was a good pie. I tasted it. The crust was honest,",
            "Rosalind Teague",
            ("Teague told", "Teague"),
            "told",
        ),
        ("My problem is the paperwork.", "Rosalind Teague", None, None),
        (
            "We want this to be about butter and sugar, not about who married whom,",
            "Gordon Stipe",
            (" he said", "he"),
            (" he said", "said"),
        ),
        ("mortified", "Cheryl Dunwoodie", "Dunwoodie", ("poultry barn, said", "said")),
        (
            "I'll win it again or I won't,",
            "Cheryl Dunwoodie",
            "the retired postmaster",
            ("postmaster said", "said"),
        ),
        (
            "Either way I'm not giving back the ribbon I already framed.",
            "Cheryl Dunwoodie",
            None,
            None,
        ),
        (
            "Honestly, best weekend we've had since the pig escaped,",
            "Wendell Park",
            "Wendell Park",
            ("said Wendell", "said"),
        ),
        (
            "use common sense and disclose early.",
            "Association of County Fairs",
            "Association of County Fairs",
            "according to",
        ),
        (
            "I'm going to sit in the front row,",
            "Edna Vosburgh",
            (" she said", "she"),
            (" she said", "said"),
        ),
        (
            "and I'm not going to make a face.",
            "Edna Vosburgh",
            (" she said", "she"),
            (" she said", "said"),
        ),
    ],
    ["Justice for Rhubarb"],
)

article(
    "blind13-en06",
    "en",
    """‘We come for the air conditioning, we stay for the dominoes’: Inside a cooling center as a heat dome bakes the Southwest

By Alejandra Fuentes-Marr, CNN
Updated 9:02 PM EDT, Sat July 11, 2026

Source: CNN

Sorrel Springs, Arizona (CNN) — By 10 a.m. on Saturday the thermometer outside the Eastgate Recreation Center read 108 degrees, and the line for the gym had already wrapped around the building.

Inside, about 140 people sat on folding chairs and cots under industrial fans, sipping from paper cups of ice water handed out by volunteers. Some had walked for an hour to get there.

“My apartment hits 95 at night. The unit died in June and the landlord says next month,” said Dolores Achebe, 74, who has come every day this week. “Here I can sleep for two hours without waking up soaked.”

The National Weather Service has issued an excessive heat warning for much of the region through Wednesday, with highs forecast to reach 115 degrees. “This is a dangerous, long-duration event,” the agency warned in its latest bulletin, urging residents to “check on neighbors, especially older adults living alone.”

City officials opened six additional cooling centers on Friday. Sorrel Springs Mayor Teodoro Vance told CNN the city had learned from last summer, when 23 heat-related deaths were recorded in the county.

“We were too slow last year. I’ll say that plainly,” Vance said. “This year the centers open at 7 a.m., they stay open until 10 p.m., and the buses to them are free.”

RELATED: How to tell heat exhaustion from heat stroke

At a table near the bleachers, four men played dominoes with the concentration of surgeons. “We come for the air conditioning, we stay for the dominoes,” joked Rudy Okafor-Lynn, a retired bus mechanic. His partner, Hal Sweeney, didn’t look up. “He’s losing,” Sweeney said. “Write that down.”

Nurses from the county health department circulated with blood-pressure cuffs. Registered nurse Kiona Redhawk said the team had sent three people to the hospital since Thursday, all with signs of heat exhaustion.

“The ones that worry me aren’t here,” she said. “They’re the ones who think they’re fine at home with a fan and the windows shut.”

The county’s public-health director, Dr. Marcus Eldridge, said in a statement that emergency-room visits for heat illness were up 40% compared with the same week last year, calling the trend “exactly what we feared.”

CNN’s Peter Yamashiro contributed to this report.

Get CNN’s Weather newsletter for the week ahead. Sign up here.

Not everyone can make it to a center. A volunteer group called Shade Runners is driving bottled water to people who call a hotline. “Some of our callers haven’t left their homes in a week,” said coordinator Bettina Oruc. “We’re the only face they see.”

Back in the gym, Achebe unfolded a crossword. Asked how long she would keep coming, she smiled. “Until October,” she said. “Or until they throw me out.”""",
    [
        (
            "We come for the air conditioning, we stay for the dominoes",
            "Rudy Okafor-Lynn",
            None,
            None,
        ),
        (
            "My apartment hits 95 at night. The unit died in June and the landlord says next month,",
            "Dolores Achebe",
            "Dolores Achebe",
            ("said Dolores", "said"),
        ),
        ("Here I can sleep for two hours without waking up soaked.", "Dolores Achebe", None, None),
        (
            "This is a dangerous, long-duration event,",
            "National Weather Service",
            "the agency",
            "warned",
        ),
        (
            "check on neighbors, especially older adults living alone.",
            "National Weather Service",
            "the agency",
            "urging",
        ),
        (
            "We were too slow last year. I’ll say that plainly,",
            "Teodoro Vance",
            ("Vance said", "Vance"),
            ("Vance said", "said"),
        ),
        (
            "This year the centers open at 7 a.m., they stay open until 10 p.m., and the buses to them are free.",
            "Teodoro Vance",
            None,
            None,
        ),
        (
            "We come for the air conditioning, we stay for the dominoes,",
            "Rudy Okafor-Lynn",
            "Rudy Okafor-Lynn",
            "joked",
        ),
        ("He’s losing,", "Hal Sweeney", ("Sweeney said", "Sweeney"), ("Sweeney said", "said")),
        ("Write that down.", "Hal Sweeney", ("Sweeney said", "Sweeney"), ("Sweeney said", "said")),
        (
            "The ones that worry me aren’t here,",
            "Kiona Redhawk",
            (" she said", "she"),
            (" she said", "said"),
        ),
        (
            "They’re the ones who think they’re fine at home with a fan and the windows shut.",
            "Kiona Redhawk",
            None,
            None,
        ),
        ("exactly what we feared.", "Marcus Eldridge", "Dr. Marcus Eldridge", "calling"),
        (
            "Some of our callers haven’t left their homes in a week,",
            "Bettina Oruc",
            "Bettina Oruc",
            ("said coordinator", "said"),
        ),
        ("We’re the only face they see.", "Bettina Oruc", None, None),
        ("Until October,", "Dolores Achebe", (" she said", "she"), (" she said", "said")),
        (
            "Or until they throw me out.",
            "Dolores Achebe",
            (" she said", "she"),
            (" she said", "said"),
        ),
    ],
)

article(
    "blind13-en07",
    "en",
    """‘They’re selling the soil from under us’: fury as council plans to sell 90-year-old allotments

Kessington borough council says the Larkfield Lane site could fund 60 affordable homes; opposition leader calls it ‘vandalism with a spreadsheet’

Miriam Calloway
Tue 5 May 2026 07.00 BST

Plot-holders at one of the oldest allotment sites in the north-west have vowed to fight a council plan to sell the land to a housing developer, in a row that has split a Labour-run borough.

Kessington council’s cabinet will vote next week on whether to dispose of the 3.2-hectare Larkfield Lane allotments, which have been cultivated since 1936. The authority says the sale would raise about £4.8m and allow 60 affordable homes to be built.

‘Nobody on this cabinet wants to lose green space,’ said the council’s deputy leader, Faisal Rahmani. ‘But I have 2,300 families on our housing waiting list, and I can’t house them in a runner-bean trench.’

The plot-holders’ association, which has 112 members, said it had learned of the proposal from a planning notice taped to the gate. Its secretary, June Ashworth-Lyle, 68, has kept plot 14 since 1989.

‘They’re selling the soil from under us,’ she said, standing beside a row of broad beans. ‘My husband built that shed. Our grandchildren learned what a worm was here.’

Ashworth-Lyle said the council had called the site ‘underused’ in its report, which she disputed. ‘There’s a waiting list of 40 people for a plot,’ she said. ‘How is that underused?’

Photograph: Christopher Thwaite/The Guardian

The Conservative opposition leader, Graham Pettifer, described the proposal as ‘vandalism with a spreadsheet’. He said: ‘There are three brownfield sites within a mile of here. The council should be building there first.’

The National Allotment Federation, a charity that represents plot-holders, said councils in England needed ministerial consent to dispose of statutory allotments and must show that ‘adequate provision’ would be made elsewhere. A spokesperson said it had written to the housing minister.

Council officers say replacement plots would be offered on a site two miles away. Plot-holders are not impressed. ‘You can’t move a 30-year-old rhubarb crown like a wheelie bin,’ said Tomasz Wróbel, who grows vegetables with his two sons.

Not all residents oppose the scheme. Kezia Banjo, who lives in temporary accommodation with her three children, said she understood the anger but hoped the homes would be built. ‘I’d love a garden,’ she said. ‘I’d settle for a kitchen.’

Rahmani said the cabinet would listen to every objection before deciding. ‘This isn’t a done deal,’ he said, ‘but it is a hard choice, and pretending otherwise helps nobody.’

The cabinet meets on 12 May. The plot-holders have organised a “Dig In” picnic outside the town hall on the same morning.

Explore more on these topics: Local government · Gardens · Housing

Share""",
    [
        ("They’re selling the soil from under us", "June Ashworth-Lyle", None, None),
        ("vandalism with a spreadsheet", "Graham Pettifer", "opposition leader", "calls"),
        (
            "Nobody on this cabinet wants to lose green space,",
            "Faisal Rahmani",
            "Faisal Rahmani",
            ("said the council’s deputy", "said"),
        ),
        (
            "But I have 2,300 families on our housing waiting list, and I can’t house them in a runner-bean trench.",
            "Faisal Rahmani",
            None,
            None,
        ),
        (
            "They’re selling the soil from under us,",
            "June Ashworth-Lyle",
            (" she said, standing", "she"),
            (" she said, standing", "said"),
        ),
        (
            "My husband built that shed. Our grandchildren learned what a worm was here.",
            "June Ashworth-Lyle",
            None,
            None,
        ),
        ("underused", "Kessington council", "the council", "called"),
        (
            "There’s a waiting list of 40 people for a plot,",
            "June Ashworth-Lyle",
            (" she said. ‘How", "she"),
            (" she said. ‘How", "said"),
        ),
        ("How is that underused?", "June Ashworth-Lyle", None, None),
        ("vandalism with a spreadsheet", "Graham Pettifer", "Graham Pettifer", "described"),
        (
            "There are three brownfield sites within a mile of here. The council should be building there first.",
            "Graham Pettifer",
            ("He said", "He"),
            ("He said", "said"),
        ),
        (
            "adequate provision",
            "National Allotment Federation",
            "National Allotment Federation",
            ("plot-holders, said", "said"),
        ),
        (
            "You can’t move a 30-year-old rhubarb crown like a wheelie bin,",
            "Tomasz Wróbel",
            "Tomasz Wróbel",
            ("said Tomasz", "said"),
        ),
        (
            "I’d love a garden,",
            "Kezia Banjo",
            (" she said. ‘I’d settle", "she"),
            (" she said. ‘I’d settle", "said"),
        ),
        ("I’d settle for a kitchen.", "Kezia Banjo", None, None),
        ("This isn’t a done deal,", "Faisal Rahmani", (" he said", "he"), (" he said", "said")),
        (
            "but it is a hard choice, and pretending otherwise helps nobody.",
            "Faisal Rahmani",
            (" he said", "he"),
            (" he said", "said"),
        ),
    ],
    ["Dig In"],
)

article(
    "blind13-en08",
    "en",
    """Tarvena Lithium Wins Key Permit for Nevada Mine as Rancher Suit Looms

By Oskar Brandvold and Yesenia Calder-Pike
March 26, 2026 at 2:14 PM UTC
Updated on March 26, 2026 at 5:40 PM UTC

Tarvena Lithium Corp. won a long-delayed water permit for its Copper Basin project in northern Nevada, clearing one of the last regulatory hurdles for what would be among the largest lithium mines in the US.

The state engineer’s office approved the company’s request to pump up to 1,900 acre-feet of groundwater a year, according to a decision posted late Wednesday. Shares of the Reno-based company rose as much as 18% in New York trading on Thursday, the most since October.

“This is the permit that everything else was waiting on,” Chief Executive Officer Maren Solveig said in an interview with Bloomberg News. “We can now go to our lenders with a straight face.”

Solveig said the company expects to close a $1.2 billion project-finance package by the third quarter and begin construction before the end of the year. Tarvena has previously said it aims to produce 40,000 tons of lithium carbonate a year at full capacity.

Listen to the Bloomberg Daybreak podcast on Apple, Spotify or anywhere you listen.

Ranchers in the valley, who say the pumping will dry up springs their cattle depend on, plan to challenge the decision in state court, according to their attorney, Wade Ostrander. “The state engineer has handed one company a straw long enough to drain the whole basin,” Ostrander said by phone. He said the suit would be filed “within days, not weeks.”

The Copper Basin project has become a test case for the US push to source battery metals at home. An official at the Department of Energy, who asked not to be identified discussing a pending loan application, said the agency was “watching the water ruling closely” before deciding on a $700 million loan guarantee.

Read more: Lithium Prices Slump as Chinese Supply Floods Market

Analysts were cautious. “A permit isn’t a mine,” said Priyanka Dalrymple, a metals analyst at Fenwick Lyle Securities. “Litigation in Nevada water cases can run two years, and lithium prices are half what they were when this project was designed.”

She added that Tarvena was likely to need a strategic partner. “The balance sheet doesn’t carry this alone,” Dalrymple said.

The company said in a statement that its plan “includes continuous monitoring of every spring within 10 miles of the wellfield” and that it would curtail pumping if flows dropped. Solveig described the ranchers’ concerns as “legitimate but answerable.”

Tribal leaders from the nearby Sagehen Reservation have also opposed the project. “They keep telling us the water is underground and not our business,” tribal chairman Elias Two Rivers said at a hearing last year. “Everything is our business when it’s water.”

Tarvena shares closed up 12% at $7.84.

— With assistance from Hugo Marchetti

(Updates with closing share price in final paragraph.)

Have a confidential tip for our reporters? Get in touch""",
    [
        (
            "This is the permit that everything else was waiting on,",
            "Maren Solveig",
            ("Officer Maren Solveig said", "Maren Solveig"),
            ("Solveig said in", "said"),
        ),
        ("We can now go to our lenders with a straight face.", "Maren Solveig", None, None),
        (
            "The state engineer has handed one company a straw long enough to drain the whole basin,",
            "Wade Ostrander",
            ("Ostrander said", "Ostrander"),
            ("Ostrander said", "said"),
        ),
        (
            "within days, not weeks.",
            "Wade Ostrander",
            ("He said the suit", "He"),
            ("He said the suit", "said"),
        ),
        (
            "watching the water ruling closely",
            "official",
            "An official",
            ("loan application, said", "said"),
        ),
        (
            "A permit isn’t a mine,",
            "Priyanka Dalrymple",
            "Priyanka Dalrymple",
            ("said Priyanka", "said"),
        ),
        (
            "Litigation in Nevada water cases can run two years, and lithium prices are half what they were when this project was designed.",
            "Priyanka Dalrymple",
            None,
            None,
        ),
        (
            "The balance sheet doesn’t carry this alone,",
            "Priyanka Dalrymple",
            ("Dalrymple said", "Dalrymple"),
            ("Dalrymple said", "said"),
        ),
        (
            "includes continuous monitoring of every spring within 10 miles of the wellfield",
            "Tarvena Lithium Corp",
            "The company",
            ("company said in a statement", "said"),
        ),
        (
            "legitimate but answerable.",
            "Maren Solveig",
            ("Solveig described", "Solveig"),
            "described",
        ),
        (
            "They keep telling us the water is underground and not our business,",
            "Elias Two Rivers",
            "Elias Two Rivers",
            ("Two Rivers said", "said"),
        ),
        ("Everything is our business when it’s water.", "Elias Two Rivers", None, None),
    ],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind13_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
