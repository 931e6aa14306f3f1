# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind8_en.jsonl: an eighth blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: a public-radio housing feature on a
mobile-home park bought by an investment firm, a wire-style central bank rate decision with the
governor's press conference Q&A, a UK politics story (prime minister's questions, the opposition
leader, a minister on the morning media round, an anonymous government source), a border-town
migrant shelter closing under state pressure (translated quotes), an NFL quarterback injury
(sources, the coach, the player on Instagram), a town losing its last NHS dentist (patients, a
multi-paragraph letter, the care board's statement), a fuel-price protest abroad (chants,
placards, ministers) and an antitrust trial (witness, lawyers, the judge, emails read in court).
Marks vary: straight and curly double quotes, British single quotes, nested inner quotes.
Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind8_en.py`` after editing.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind8-en01",
    "en",
    """Mobile home owners say a new landlord is pricing them out of the last homes they can afford

March 4, 2026 · 5:01 AM ET
Heard on Morning Edition

Dana Whitcombe

LARKSPUR BEND, Colo. — Every morning for the past 11 years, Rosalind Eberhart has watered the geraniums outside her single-wide trailer at the Sunny Acres Mobile Home Community. This spring, she is not sure she will still be here to see them bloom.

In January, the 112-lot park was bought by Keystone Meadow Holdings, an investment firm that owns 31 manufactured-housing communities in four states. A new sign at the entrance now promises "Elevated Living, Every Day." Within weeks, residents received letters raising their monthly lot rent from $540 to $815.

"I own my home, but I don't own the dirt under it," Eberhart, 71, said as she stood on her porch in a fleece jacket. "So what do I own, really? A box they can squeeze me out of."

Moving the home is rarely an option. Relocating an older trailer can cost $10,000 or more, and many parks will not accept units built before 1990.

Her neighbor Tomás Villaseñor, a retired school bus driver, put it more bluntly. "It's a hostage situation," he said. "They know we can't leave, and they're charging us for that."

Keystone Meadow did not make anyone available for an interview. In an emailed statement, the company said the increases reflected "long-deferred investments in roads, water lines and common areas" and that rents remained "in line with the regional market."

Related: How private equity discovered the trailer park

Housing advocates say Sunny Acres is part of a wider pattern. According to Marisol Dunleavy, who directs the nonprofit Front Range Manufactured Home Alliance, at least 60 parks in the state have changed hands since 2022.

"These are the last unsubsidized affordable homes in America, and they are being sold out from under the people who live in them," Dunleavy said.

State lawmakers passed a bill last year giving residents a right of first refusal when a park goes up for sale. But residents at Sunny Acres say they learned of the sale only after it had closed.

"Nobody knocked on our door. Nobody sent a letter," said Gwen Albrecht, who heads the park's homeowners association. "We found out from a guy mowing the lawn with a new logo on his shirt."

The state attorney general's office confirmed it had opened an inquiry. "We are reviewing whether the notice requirements of the statute were met," a spokesperson, Ellis Montgomery, wrote in an email to NPR.

Sign up for the Up First newsletter. Your weekday morning news, in one email.

Eberhart has started touring apartments in nearby Cottonwood Springs, where a one-bedroom rents for about $1,400 a month. She has not decided whether to sell her trailer, which a broker told her might fetch "maybe four grand, if you're lucky."

"I raised three kids in this place," she said. "I thought I'd die here. That was the plan, anyway."

Copyright 2026 NPR""",
    [
        (
            "I own my home, but I don't own the dirt under it,",
            "Rosalind Eberhart",
            ("Eberhart, 71", "Eberhart"),
            "said",
        ),
        (
            "So what do I own, really? A box they can squeeze me out of.",
            "Rosalind Eberhart",
            ("Eberhart, 71", "Eberhart"),
            "said",
        ),
        ("It's a hostage situation,", "Tomás Villaseñor", (" he said", "he"), "said"),
        (
            "They know we can't leave, and they're charging us for that.",
            "Tomás Villaseñor",
            (" he said", "he"),
            "said",
        ),
        (
            "long-deferred investments in roads, water lines and common areas",
            "Keystone Meadow Holdings",
            "the company",
            "said",
        ),
        ("in line with the regional market.", "Keystone Meadow Holdings", "the company", "said"),
        (
            "These are the last unsubsidized affordable homes in America, and they are being sold out from under the people who live in them,",
            "Marisol Dunleavy",
            ("Dunleavy said", "Dunleavy"),
            "said",
        ),
        (
            "Nobody knocked on our door. Nobody sent a letter,",
            "Gwen Albrecht",
            "Gwen Albrecht",
            "said",
        ),
        (
            "We found out from a guy mowing the lawn with a new logo on his shirt.",
            "Gwen Albrecht",
            "Gwen Albrecht",
            "said",
        ),
        (
            "We are reviewing whether the notice requirements of the statute were met,",
            "Ellis Montgomery",
            "Ellis Montgomery",
            "wrote",
        ),
        ("maybe four grand, if you're lucky.", "broker", "broker", "told"),
        ("I raised three kids in this place,", "Rosalind Eberhart", ("she said", "she"), "said"),
        (
            "I thought I'd die here. That was the plan, anyway.",
            "Rosalind Eberhart",
            ("she said", "she"),
            "said",
        ),
    ],
    ["Elevated Living, Every Day."],
)

article(
    "blind8-en02",
    "en",
    """Estmark Central Bank Raises Rates to 15-Year High, Signals More to Come

Kristoffer Lindahl and Maja Oyelaran
Thu, October 8, 2026 at 9:42 AM GMT+1

(Bloomberg) -- The Bank of Estmark raised its benchmark rate by half a percentage point to 5.25%, the highest since 2011, and Governor Henrike Aalund said policymakers were “not yet convinced” that inflation had peaked.

Most Read from Bloomberg
Copper Slumps as Demand Wobbles in Asia
Why Shipping Insurers Are Quietly Leaving the North Sea

The decision, announced in Vesterhavn on Thursday, was expected by 19 of 24 economists surveyed by Bloomberg. The krone rose 0.6% against the euro after the announcement.

“We have acted decisively today, and we stand ready to act again if the data require it,” Aalund told reporters at a press conference after the decision. “Price stability is not negotiable.”

Core inflation, which strips out energy and food, accelerated to 4.8% in September, well above the bank’s 2% target. Wage settlements negotiated this spring have added to the pressure, and the bank warned in its quarterly monetary policy report of “a risk that elevated inflation becomes entrenched in expectations.”

At the press conference, Aalund was pressed repeatedly on whether the bank had been too slow to respond last year, when it kept rates unchanged for three consecutive meetings.

“With hindsight, would we have moved earlier? Perhaps,” she said. “But we make decisions with the information we have, not the information we wish we had.”

Asked whether Thursday’s increase would be the last of the cycle, the governor declined to commit. “I’m not going to pre-announce anything. We will take it meeting by meeting,” she said.

One reporter asked about the housing market, where prices in Vesterhavn have fallen 9% from their peak. “We watch it closely,” Aalund replied.

“A correction in house prices is not in itself a threat to financial stability. Our banks are well capitalized.”

Read more: Estmark’s Housing Slump Is Testing Its Lenders

The decision was not unanimous. Deputy Governor Pieter Voskuijlen voted for a smaller quarter-point increase, the minutes showed, arguing that the full effect of earlier hikes “has yet to be felt in the real economy.”

Economists were divided on what comes next. “The tone was unambiguously hawkish,” said Oona Templeton, chief economist at Harwick Sterling in London. “She left the door wide open for December, and markets will walk through it.”

Others were more skeptical. Brightwater Securities said in a note to clients that the bank risked “overtightening into a slowdown,” and predicted cuts by the middle of next year.

A person familiar with the board’s deliberations, who asked not to be identified because the discussions were private, said several members had argued for holding rates steady. “There was a real debate in the room. It was closer than the vote suggests,” the person said.

The krone has gained 4% against the euro this year, helping to damp import prices. Finance Minister Torvald Brekke welcomed the decision in a statement, saying the government and the central bank “share the same goal.”

Aalund said the bank would publish updated forecasts in December. Asked by a reporter from the Vesterhavn Dagblad whether she worried about becoming unpopular, she smiled. “Central bankers are not paid to be popular,” she said.

--With assistance from Jonas Freiberg.

©2026 Bloomberg L.P.""",
    [
        ("not yet convinced", "Henrike Aalund", "Henrike Aalund", "said"),
        (
            "We have acted decisively today, and we stand ready to act again if the data require it,",
            "Henrike Aalund",
            ("Aalund told", "Aalund"),
            "told",
        ),
        ("Price stability is not negotiable.", "Henrike Aalund", ("Aalund told", "Aalund"), "told"),
        (
            "a risk that elevated inflation becomes entrenched in expectations.",
            "Bank of Estmark",
            ("the bank warned", "the bank"),
            "warned",
        ),
        (
            "With hindsight, would we have moved earlier? Perhaps,",
            "Henrike Aalund",
            ("she said", "she"),
            "said",
        ),
        (
            "But we make decisions with the information we have, not the information we wish we had.",
            "Henrike Aalund",
            ("she said", "she"),
            "said",
        ),
        (
            "I’m not going to pre-announce anything. We will take it meeting by meeting,",
            "Henrike Aalund",
            ("she said", "she"),
            "said",
        ),
        ("We watch it closely,", "Henrike Aalund", ("Aalund replied", "Aalund"), "replied"),
        (
            "A correction in house prices is not in itself a threat to financial stability. Our banks are well capitalized.",
            "Henrike Aalund",
            None,
            None,
        ),
        (
            "has yet to be felt in the real economy.",
            "Pieter Voskuijlen",
            "Pieter Voskuijlen",
            "arguing",
        ),
        ("The tone was unambiguously hawkish,", "Oona Templeton", "Oona Templeton", "said"),
        (
            "She left the door wide open for December, and markets will walk through it.",
            "Oona Templeton",
            "Oona Templeton",
            "said",
        ),
        (
            "overtightening into a slowdown,",
            "Brightwater Securities",
            "Brightwater Securities",
            "said",
        ),
        (
            "There was a real debate in the room. It was closer than the vote suggests,",
            "person",
            ("the person said", "the person"),
            ("the person said", "said"),
        ),
        ("share the same goal.", "Torvald Brekke", "Torvald Brekke", "saying"),
        (
            "Central bankers are not paid to be popular,",
            "Henrike Aalund",
            ("she said", "she"),
            "said",
        ),
    ],
)

article(
    "blind8-en03",
    "en",
    """PM insists pension age plan is ‘the honest thing to do’ as backbench anger grows

Alistair Comerford faced a rowdy Prime Minister's Questions, while a cabinet minister admitted the policy "could have been explained better".

Jess Farrant
Political reporter @jessfarrant
Wednesday 14 October 2026 16:22, UK

Share this article via Facebook, X or WhatsApp

The prime minister has defended plans to bring forward a rise in the state pension age to 68, telling MPs it was "the honest thing to do" despite a growing revolt on his own benches.

The change is the centrepiece of a package the Treasury has branded "Fair Shares", which also includes a new savings incentive for workers under 30.

At a fractious session of Prime Minister's Questions, Alistair Comerford said the reform was needed to keep the state pension "affordable for our grandchildren".

Opposition leader Priya Hollingsworth said workers in physically demanding jobs had been "betrayed". "The prime minister promised in black and white that he would not touch the pension age," she told the Commons. "Now he wants bricklayers and care workers to carry on until they drop."

Mr Comerford hit back: "I will take no lectures from a party that never met a difficult decision it couldn't postpone."

Read more:
Pension age rise explained: who is affected and when
Chancellor under pressure over fuel duty freeze

Earlier, Housing Secretary Danny Okafor, on the morning media round for the government, conceded the policy "could have been explained better". Speaking to Sky News Breakfast, he said: "I'll be honest with you, we didn't get the communication right. But the substance is right."

Pressed by presenter Kay Burridge on whether the government would compromise for people in manual jobs, Mr Okafor said ministers would look at "transitional arrangements", but added: "The direction of travel is not changing."

At least 40 government MPs are understood to have signed a letter to the chief whip calling for a pause. One of them, the veteran backbencher Geraint Lowther, has represented a former mining seat for three decades.

"I've knocked on a lot of doors in 30 years. I have never had so many people tell me they are angry," the 64-year-old told Sky News.

A Downing Street spokesperson said: "The prime minister has been clear that this is about fairness between generations. He will continue to make that case."

A senior government source was blunter, describing the rebels as "the usual suspects who would vote against the sunrise if it was in the manifesto".

Follow the Sky News Politics Hub for the latest updates

The legislation is expected to come before the Commons in the new year. Whips are said to be confident of winning the vote, but privately some ministers concede a concession for manual workers may be needed to see off the rebellion.""",
    [
        ("the honest thing to do", "Alistair Comerford", ("PM insists", "PM"), "insists"),
        (
            "could have been explained better",
            "Danny Okafor",
            ("a cabinet minister", "cabinet minister"),
            "admitted",
        ),
        ("the honest thing to do", "Alistair Comerford", "The prime minister", "telling"),
        (
            "affordable for our grandchildren",
            "Alistair Comerford",
            "Alistair Comerford",
            ("Alistair Comerford said", "said"),
        ),
        ("betrayed", "Priya Hollingsworth", "Priya Hollingsworth", "said"),
        (
            "The prime minister promised in black and white that he would not touch the pension age,",
            "Priya Hollingsworth",
            ("she told", "she"),
            "told",
        ),
        (
            "Now he wants bricklayers and care workers to carry on until they drop.",
            "Priya Hollingsworth",
            ("she told", "she"),
            "told",
        ),
        (
            "I will take no lectures from a party that never met a difficult decision it couldn't postpone.",
            "Alistair Comerford",
            "Mr Comerford",
            "hit back",
        ),
        ("could have been explained better", "Danny Okafor", "Danny Okafor", "conceded"),
        (
            "I'll be honest with you, we didn't get the communication right. But the substance is right.",
            "Danny Okafor",
            ("he said", "he"),
            "said",
        ),
        ("transitional arrangements", "Danny Okafor", "Mr Okafor", "said"),
        ("The direction of travel is not changing.", "Danny Okafor", "Mr Okafor", "added"),
        (
            "I've knocked on a lot of doors in 30 years. I have never had so many people tell me they are angry,",
            "Geraint Lowther",
            "the 64-year-old",
            "told",
        ),
        (
            "The prime minister has been clear that this is about fairness between generations. He will continue to make that case.",
            "spokesperson",
            "A Downing Street spokesperson",
            "said",
        ),
        (
            "the usual suspects who would vote against the sunrise if it was in the manifesto",
            "source",
            "A senior government source",
            "describing",
        ),
    ],
    ["Fair Shares"],
)

article(
    "blind8-en04",
    "en",
    """Border town shelter that housed 40,000 migrants will close as state pressure mounts

The Casa Esperanza respite center in San Aurelio says it can no longer afford to fight a state lawsuit. City officials worry about what comes next.

BY LUCÍA ARMENDÁRIZ
OCT. 21, 2026
5 AM CENTRAL

Share: Facebook Twitter Email

SAN AURELIO — For nine years, the white cinder-block building behind Our Lady of the Valley parish has been the first stop for migrants released by federal authorities in this small border city. A hand-painted banner over the door still reads “Bienvenidos, hermanos.” By the end of the month, the building will be empty.

Casa Esperanza’s director, Sister Beatriz Olvera, announced Monday that the shelter would close on Oct. 31, citing legal bills that have swallowed most of its budget.

“We are not closing because the need has gone away,” Olvera said in an interview in the shelter’s cramped office. “We are closing because we cannot pay the lawyers and feed people at the same time.”

The state’s Office of Border Security Affairs sued the nonprofit in March, alleging that it had “facilitated illegal entry” by providing bus tickets and temporary lodging. The shelter denies the allegation, and a district judge has not yet ruled.

In a written statement, the office said it “will continue to use every legal tool available to stop organizations that profit from the crisis at our border.” It did not respond to questions about what, if anything, would replace the shelter.

On a recent afternoon, about 60 people waited in the courtyard for buses north. Among them was Yesenia Portillo, 27, who said she had traveled for two months with her 4-year-old son.

“Here they gave us a bed and a shower. It was the first time in weeks that my son slept through the night,” Portillo said in Spanish. “I don’t know what we would have done without them.”

Read more: What happens when migrants are released with nowhere to go

City leaders fear that without the shelter, people released by the Border Patrol will end up on the streets downtown. Mayor Ramiro Quintanilla said the city had neither the money nor the staff to run a facility of its own.

“If Casa Esperanza closes and nothing replaces it, we will have families sleeping at the bus station by Thanksgiving,” Quintanilla said. “That’s not a political statement. That’s arithmetic.”

Cantera County Sheriff Dwayne Hollis, who has backed the state’s border crackdown, was more measured. The sheriff said his deputies would “do what we always do, which is keep the peace,” but acknowledged that the closure “puts a lot on the city’s plate.”

Andrés Villarreal-Pike, a lawyer representing the shelter, called the lawsuit “an attempt to criminalize charity” and said the nonprofit had spent more than $300,000 defending itself. According to Villarreal-Pike, the state has sent similar demands to at least six other shelters along the border.

Olvera said volunteers would keep handing out water and sandwiches at the bus station for as long as they could.

“The Gospel does not say, ‘Feed the hungry unless the state objects,’” she said. “We will find a way to serve. We always have.”

Disclosure: Our Lady of the Valley parish has been a financial supporter of The Frontera Report, a nonprofit, nonpartisan news organization. Financial supporters play no role in our journalism.""",
    [
        (
            "We are not closing because the need has gone away,",
            "Beatriz Olvera",
            ("Olvera said in", "Olvera"),
            "said",
        ),
        (
            "We are closing because we cannot pay the lawyers and feed people at the same time.",
            "Beatriz Olvera",
            ("Olvera said in", "Olvera"),
            "said",
        ),
        (
            "facilitated illegal entry",
            "Office of Border Security Affairs",
            "Office of Border Security Affairs",
            "alleging",
        ),
        (
            "will continue to use every legal tool available to stop organizations that profit from the crisis at our border.",
            "Office of Border Security Affairs",
            "the office",
            "said",
        ),
        (
            "Here they gave us a bed and a shower. It was the first time in weeks that my son slept through the night,",
            "Yesenia Portillo",
            ("Portillo said", "Portillo"),
            ("Portillo said", "said"),
        ),
        (
            "I don’t know what we would have done without them.",
            "Yesenia Portillo",
            ("Portillo said", "Portillo"),
            ("Portillo said", "said"),
        ),
        (
            "If Casa Esperanza closes and nothing replaces it, we will have families sleeping at the bus station by Thanksgiving,",
            "Ramiro Quintanilla",
            ("Quintanilla said", "Quintanilla"),
            ("Quintanilla said", "said"),
        ),
        (
            "That’s not a political statement. That’s arithmetic.",
            "Ramiro Quintanilla",
            ("Quintanilla said", "Quintanilla"),
            ("Quintanilla said", "said"),
        ),
        (
            "do what we always do, which is keep the peace,",
            "Dwayne Hollis",
            "The sheriff",
            ("The sheriff said", "said"),
        ),
        ("puts a lot on the city’s plate.", "Dwayne Hollis", "The sheriff", "acknowledged"),
        (
            "an attempt to criminalize charity",
            "Andrés Villarreal-Pike",
            "Andrés Villarreal-Pike",
            "called",
        ),
        (
            "The Gospel does not say, ‘Feed the hungry unless the state objects,’",
            "Beatriz Olvera",
            ("she said", "she"),
            "said",
        ),
        (
            "We will find a way to serve. We always have.",
            "Beatriz Olvera",
            ("she said", "she"),
            "said",
        ),
    ],
    ["Bienvenidos, hermanos."],
)

article(
    "blind8-en05",
    "en",
    """Condors QB Trey Whitfield out for season with torn ACL, sources say

Nov 2, 2026, 06:18 PM ET
Dominic Arceneaux, ESPN Staff Writer

Share
Close

BAYPORT -- Bayport Condors quarterback Trey Whitfield tore the anterior cruciate ligament in his left knee during Sunday's 27-24 loss to the Ridgefield Ironclads and will miss the rest of the season, a source with knowledge of the MRI results told ESPN on Monday. The source described the tear as "a clean one, which is the good news, if there is any."

Whitfield, 28, was hurt on a third-quarter scramble when he planted awkwardly near the sideline. He walked off under his own power but did not return. Nicknamed "Cool Breeze" by teammates for his calm in the pocket, he had thrown for 2,214 yards and 17 touchdowns this season.

Coach Dan Pettibone did not confirm the diagnosis Monday, but his tone said plenty.

"It's a gut punch. There's no other way to put it," Pettibone said. "Trey is the heartbeat of this team, and you don't just replace that."

Asked whether Whitfield would need surgery, Pettibone said only that the team was "still gathering information" and would have "more to say later in the week."

Whitfield addressed fans on Instagram late Sunday night. "Not the ending I wanted for this year. God's plan though," he wrote, alongside a photo of himself in the locker room. "I'll be back stronger. Bayport, I love y'all."

Fantasy fallout: What Whitfield's injury means for your lineup

The Condors (5-4), who sit a game behind Ridgefield in the division, will turn to backup Caleb Nwosu-Hart, a second-year pro who has thrown 41 passes in his career.

"Caleb has been preparing for this moment since the day he got here," said veteran left tackle Isaiah Brumfield. "We've got his back. Nobody in this building is panicking."

Nwosu-Hart, speaking at his locker, said he had "a lot of confidence in the guys around me."

"I'm not trying to be Trey," the 23-year-old said. "I just have to go be me and take care of the football."

General manager Renée Castellanos said in a statement released by the team that the organization would "support Trey every step of the way" through his recovery. The team is expected to sign a veteran quarterback to the practice squad this week.

Whitfield signed a four-year, $172 million extension in March. He missed four games in 2024 with a high ankle sprain but had never suffered a major knee injury.

The Condors host the Lakeshore Pilots on Sunday.

Information from ESPN's Condors reporter Tasha Greenlee was used in this report.

Sign up for the NFL Nation newsletter""",
    [
        (
            "a clean one, which is the good news, if there is any.",
            "source",
            "The source",
            "described",
        ),
        (
            "It's a gut punch. There's no other way to put it,",
            "Dan Pettibone",
            ("Pettibone said.", "Pettibone"),
            ("Pettibone said.", "said"),
        ),
        (
            "Trey is the heartbeat of this team, and you don't just replace that.",
            "Dan Pettibone",
            ("Pettibone said.", "Pettibone"),
            ("Pettibone said.", "said"),
        ),
        (
            "still gathering information",
            "Dan Pettibone",
            ("Pettibone said only", "Pettibone"),
            ("Pettibone said only", "said"),
        ),
        (
            "more to say later in the week.",
            "Dan Pettibone",
            ("Pettibone said only", "Pettibone"),
            ("Pettibone said only", "said"),
        ),
        (
            "Not the ending I wanted for this year. God's plan though,",
            "Trey Whitfield",
            ("he wrote", "he"),
            "wrote",
        ),
        (
            "I'll be back stronger. Bayport, I love y'all.",
            "Trey Whitfield",
            ("he wrote", "he"),
            "wrote",
        ),
        (
            "Caleb has been preparing for this moment since the day he got here,",
            "Isaiah Brumfield",
            "Isaiah Brumfield",
            ("said veteran", "said"),
        ),
        (
            "We've got his back. Nobody in this building is panicking.",
            "Isaiah Brumfield",
            "Isaiah Brumfield",
            ("said veteran", "said"),
        ),
        (
            "a lot of confidence in the guys around me.",
            "Caleb Nwosu-Hart",
            ("Nwosu-Hart, speaking", "Nwosu-Hart"),
            ("locker, said", "said"),
        ),
        ("I'm not trying to be Trey,", "Caleb Nwosu-Hart", "the 23-year-old", "said"),
        (
            "I just have to go be me and take care of the football.",
            "Caleb Nwosu-Hart",
            "the 23-year-old",
            "said",
        ),
        ("support Trey every step of the way", "Renée Castellanos", "Renée Castellanos", "said"),
    ],
    ["Cool Breeze"],
)

article(
    "blind8-en06",
    "en",
    """'I pulled my own tooth out with pliers': Town left without NHS dentist

2 hours ago
Share
Save

Megan Oyinlola
BBC News, Wealdshire

Patients in a market town say they have been left "completely abandoned" after its last dental practice offering NHS treatment announced it would go private-only.

Ashcombe Dental Care in Hollinsby wrote to about 6,500 NHS patients last week to say it would stop providing NHS care from January.

Gary Pennock, 58, said he had been in pain for months before he took matters into his own hands.

“I rang everywhere. Every practice within 30 miles said the same thing - no NHS places, try again in a year,” he said.

“In the end I got a pair of pliers from the shed and a glass of whisky. I’m not proud of it.”

In a letter to patients, the practice's principal dentist, Dr Harriet Sallis, wrote:

“This has been the hardest decision of my career. For years we have subsidised NHS care from our private income, and that is no longer possible.

“Under the current contract we are paid the same for a filling as we were in 2014, while our costs for materials, staff and energy have risen by more than 40%. We cannot continue on that basis.”

Image source, Ashcombe Dental Care
Image caption, The practice has served Hollinsby since 1987

NHS North Wealdshire Integrated Care Board (ICB), which commissions dental services in the area, said it was "disappointed" by the decision.

“We understand how worrying this news will be for patients. We are working urgently to secure alternative provision and will write to everyone affected,” the ICB said in a statement.

The town's MP, Rhodri Caddick, said he had raised the closure with the health secretary. “Hollinsby is not a remote island. It's a town of 20,000 people, and it will soon have no NHS dentist at all,” Mr Caddick said. “That is a scandal, plain and simple.”

Retired teacher Janice Holt, 74, has been on a waiting list for a new practice since 2024. She told BBC Radio Wealdshire: “My grandson is at university studying to be a dentist. I told him, ‘Don't you dare go private,’ and he just laughed at me.”

You may also be interested in:
The people travelling 90 miles to see a dentist
Why are so many dentists leaving the NHS?

The Dental Practitioners' Guild said Hollinsby was "sadly typical" of towns across the country. Its chair, Prof Ngozi Abernethy, said: “Unless the contract is reformed this year, we will see dozens more practices make the same choice.”

Related topics
NHS
Dentistry
Hollinsby

Follow BBC Wealdshire on Facebook, X and Instagram. Send your story ideas to wealdshire@bbc.co.uk.""",
    [
        ("I pulled my own tooth out with pliers", "Gary Pennock", None, None),
        ("completely abandoned", "patients", "Patients", "say"),
        (
            "I rang everywhere. Every practice within 30 miles said the same thing - no NHS places, try again in a year,",
            "Gary Pennock",
            ("he said.", "he"),
            ("he said.", "said"),
        ),
        (
            "In the end I got a pair of pliers from the shed and a glass of whisky. I’m not proud of it.",
            "Gary Pennock",
            None,
            None,
        ),
        (
            "This has been the hardest decision of my career. For years we have subsidised NHS care from our private income, and that is no longer possible.",
            "Harriet Sallis",
            "Harriet Sallis",
            "wrote",
        ),
        (
            "Under the current contract we are paid the same for a filling as we were in 2014, while our costs for materials, staff and energy have risen by more than 40%. We cannot continue on that basis.",
            "Harriet Sallis",
            "Harriet Sallis",
            "wrote",
        ),
        (
            "disappointed",
            "NHS North Wealdshire Integrated Care Board",
            "NHS North Wealdshire Integrated Care Board",
            "said",
        ),
        (
            "We understand how worrying this news will be for patients. We are working urgently to secure alternative provision and will write to everyone affected,",
            "NHS North Wealdshire Integrated Care Board",
            "the ICB",
            "said",
        ),
        (
            "Hollinsby is not a remote island. It's a town of 20,000 people, and it will soon have no NHS dentist at all,",
            "Rhodri Caddick",
            "Mr Caddick",
            "said",
        ),
        ("That is a scandal, plain and simple.", "Rhodri Caddick", "Mr Caddick", "said"),
        (
            "My grandson is at university studying to be a dentist. I told him, ‘Don't you dare go private,’ and he just laughed at me.",
            "Janice Holt",
            ("She told", "She"),
            "told",
        ),
        ("sadly typical", "Dental Practitioners' Guild", "Dental Practitioners' Guild", "said"),
        (
            "Unless the contract is reformed this year, we will see dozens more practices make the same choice.",
            "Ngozi Abernethy",
            "Ngozi Abernethy",
            "said",
        ),
    ],
)

article(
    "blind8-en07",
    "en",
    """Thousands rally in Nayari capital as fuel price protests enter second week

Police fire tear gas near parliament as demonstrators demand reversal of subsidy cuts; government says reform is ‘irreversible’.

By Farida Oumarou
Published On 9 Oct 2026 | 9 Oct 2026

Save articles to read later and create your own reading list.

Port Selim, Nayari – Tens of thousands of people marched through the Nayari capital on Friday, chanting “The people want bread, not promises” as protests against a sharp rise in fuel prices entered their second week.

Police fired tear gas and water cannon to disperse crowds near the parliament building in the early afternoon. The Ministry of Interior said 14 officers had been injured and 63 people arrested for “acts of vandalism and attacks on public property”.

Many demonstrators carried loaves of bread and placards reading “Fuel for the rich, hunger for the poor”. The price of petrol has more than doubled since the government scrapped a decades-old subsidy on September 28.

“My salary is the same as three years ago. Now the bus to work costs me double,” said Idris Makonnen, a 34-year-old teacher who had travelled from the eastern city of Kassala-Nour. “We are not asking for luxury. We are asking to survive.”

Amina Bello-Dakar, a market trader, said she had closed her stall to join the march. “Every day the prices go up and every day the ministers tell us to be patient,” she told Al Jazeera, speaking in Fulaz through an interpreter. “How long? Until our children starve?”

Advertisement

In a televised address on Thursday night, Finance Minister Oumar Diallo-Keita defended the cuts, arguing that the subsidy had swallowed nearly a fifth of the state budget.

“I understand the anger. I feel it too,” Diallo-Keita said. “But a subsidy we cannot pay for is not a gift to the people. It is a debt we hand to their children.”

Government spokesman Yusuf Adebanjo said on Friday that the reform was “irreversible” but that the government remained “open to dialogue” with unions. He accused unnamed opposition figures of “exploiting the suffering of ordinary people for political gain”.

The National Federation of Transport Workers, which called Friday's march, said it would begin an open-ended strike on Monday unless the price increase was suspended.

“We have given the government every chance. Now they will see what happens when the buses stop,” the federation’s secretary-general, Grace Tembo, told reporters outside the union’s headquarters.

Analysts say the protests are the biggest challenge yet to President Salif Oduya, who took office two years ago promising to rein in public debt. The country agreed a $2.1bn loan programme with international lenders in the spring, which diplomats say was conditional on the subsidy reform.

A Western diplomat in Port Selim, speaking on condition of anonymity, said lenders were watching the unrest closely. “Nobody wants to see a government fall over the price of petrol. But nobody is going to write a blank cheque either,” the diplomat said.

Source: Al Jazeera and news agencies""",
    [
        ("irreversible", "government", "government", "says"),
        (
            "The people want bread, not promises",
            "people",
            ("Tens of thousands of people", "people"),
            "chanting",
        ),
        (
            "acts of vandalism and attacks on public property",
            "Ministry of Interior",
            "Ministry of Interior",
            "said",
        ),
        (
            "My salary is the same as three years ago. Now the bus to work costs me double,",
            "Idris Makonnen",
            "Idris Makonnen",
            "said",
        ),
        (
            "We are not asking for luxury. We are asking to survive.",
            "Idris Makonnen",
            "Idris Makonnen",
            "said",
        ),
        (
            "Every day the prices go up and every day the ministers tell us to be patient,",
            "Amina Bello-Dakar",
            ("she told", "she"),
            "told",
        ),
        ("How long? Until our children starve?", "Amina Bello-Dakar", ("she told", "she"), "told"),
        (
            "I understand the anger. I feel it too,",
            "Oumar Diallo-Keita",
            ("Diallo-Keita said", "Diallo-Keita"),
            "said",
        ),
        (
            "But a subsidy we cannot pay for is not a gift to the people. It is a debt we hand to their children.",
            "Oumar Diallo-Keita",
            ("Diallo-Keita said", "Diallo-Keita"),
            "said",
        ),
        ("irreversible", "Yusuf Adebanjo", "Yusuf Adebanjo", "said"),
        ("open to dialogue", "Yusuf Adebanjo", "Yusuf Adebanjo", "said"),
        (
            "exploiting the suffering of ordinary people for political gain",
            "Yusuf Adebanjo",
            ("He accused", "He"),
            "accused",
        ),
        (
            "We have given the government every chance. Now they will see what happens when the buses stop,",
            "Grace Tembo",
            "Grace Tembo",
            "told",
        ),
        (
            "Nobody wants to see a government fall over the price of petrol. But nobody is going to write a blank cheque either,",
            "diplomat",
            "the diplomat",
            ("the diplomat said", "said"),
        ),
    ],
    ["Fuel for the rich, hunger for the poor"],
)

article(
    "blind8-en08",
    "en",
    """Tallis Chief Feared Rival Would ‘Eat Our Lunch,’ Former Executive Testifies

In the third week of the government’s antitrust trial against Tallis Systems, a onetime senior executive described internal alarm over a small payments start-up.

By Naomi Feldstein
Reporting from the federal courthouse in Harlow City
Oct. 27, 2026
Updated 6:54 p.m. ET

Listen to this article · 6:12 min Learn more

A former Tallis Systems executive testified on Tuesday that the company’s leaders viewed a small payments start-up as an existential threat, describing a 2021 meeting in which the chief executive, Gregory Marsh, warned that the rival could “eat our lunch.”

The witness, Daniel Whitaker, who ran Tallis’s merchant services division until 2023, was called by the government, which accuses the company of illegally maintaining a monopoly over online checkout by paying banks to shut out competitors such as Ledgerline.

Under questioning from Paul Hennessey, a Justice Department lawyer, Mr. Whitaker was shown an email he had sent to colleagues in March 2021. “If Ledgerline gets into the big banks, we’re done,” the email read. “We need to make sure that door stays shut.”

“Did you write that?” Mr. Hennessey asked.

“I did,” Mr. Whitaker said.

“What door were you referring to?”

“The bank partnerships. We had exclusive arrangements with most of the top 20 card issuers, and we wanted to keep them,” he said.

Months later, according to documents shown in court, Tallis introduced a fraud-protection feature branded “Checkout Shield” that was available only to banks that agreed not to work with rival services.

Tallis has denied wrongdoing. In her opening statement this month, the company’s lead lawyer, Catherine Vanterpool, told the court that Tallis had won customers “the old-fashioned way, by building a better product.”

On cross-examination, Ms. Vanterpool sought to portray Mr. Whitaker as a disgruntled former employee, noting that he had left the company after being passed over for a promotion.

“You were angry when you left Tallis, weren’t you?” she asked.

“I was disappointed,” Mr. Whitaker replied. “That doesn’t change what’s in the emails.”

Advertisement
SKIP ADVERTISEMENT

At one point, Judge Eleanor Brightman interrupted to ask Mr. Whitaker whether such exclusive arrangements were common in the industry. “I’m trying to understand whether this was unusual or simply how business was done,” the judge said.

Mr. Whitaker said they were “not unheard of, but not on this scale.”

A Tallis spokeswoman, Jennifer Oduya, said after the hearing that the testimony “confirms that Tallis competed hard and competed fairly.” The trial is expected to last until mid-December, with Mr. Marsh scheduled to testify next month.

Naomi Feldstein covers technology and competition law for The Times.

Read 223 Comments
Share full article""",
    [
        ("Eat Our Lunch,", "Gregory Marsh", None, None),
        ("eat our lunch.", "Gregory Marsh", "Gregory Marsh", "warned"),
        (
            "If Ledgerline gets into the big banks, we’re done,",
            "Daniel Whitaker",
            ("Mr. Whitaker was shown", "Mr. Whitaker"),
            "read",
        ),
        (
            "We need to make sure that door stays shut.",
            "Daniel Whitaker",
            ("Mr. Whitaker was shown", "Mr. Whitaker"),
            "read",
        ),
        ("Did you write that?", "Paul Hennessey", "Mr. Hennessey", "asked"),
        ("I did,", "Daniel Whitaker", ("Mr. Whitaker said", "Mr. Whitaker"), "said"),
        ("What door were you referring to?", "Paul Hennessey", None, None),
        (
            "The bank partnerships. We had exclusive arrangements with most of the top 20 card issuers, and we wanted to keep them,",
            "Daniel Whitaker",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "the old-fashioned way, by building a better product.",
            "Catherine Vanterpool",
            "Catherine Vanterpool",
            "told",
        ),
        (
            "You were angry when you left Tallis, weren’t you?",
            "Catherine Vanterpool",
            ("she asked", "she"),
            "asked",
        ),
        (
            "I was disappointed,",
            "Daniel Whitaker",
            ("Mr. Whitaker replied", "Mr. Whitaker"),
            "replied",
        ),
        (
            "That doesn’t change what’s in the emails.",
            "Daniel Whitaker",
            ("Mr. Whitaker replied", "Mr. Whitaker"),
            "replied",
        ),
        (
            "I’m trying to understand whether this was unusual or simply how business was done,",
            "Eleanor Brightman",
            "the judge",
            ("the judge said", "said"),
        ),
        (
            "not unheard of, but not on this scale.",
            "Daniel Whitaker",
            ("Mr. Whitaker said they", "Mr. Whitaker"),
            ("Mr. Whitaker said they", "said"),
        ),
        (
            "confirms that Tallis competed hard and competed fairly.",
            "Jennifer Oduya",
            "Jennifer Oduya",
            "said",
        ),
    ],
    ["Checkout Shield"],
)


if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind8_en.jsonl"), WORDS_RANGE)
