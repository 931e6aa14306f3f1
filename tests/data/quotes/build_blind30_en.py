# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind30_en.jsonl: a thirtieth blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries and cities aside). Beats and
outlets imitated: a fireworks club appealing a factory refusal (Times of Malta: a headline quote
in curly single marks, a dek, a permits board with its initials in brackets, a nested police
warning, an interrupted resident, a study title, an NGO statement, an unnamed committee member),
a nursing home closing on short notice (The Boston Globe: a letter taped to a door, a company's
emailed statement, a licensing board spokeswoman, an interrupted state representative, a
two-paragraph testimony from an unnamed aide, a resident's nested words to his son, photo
credit), a compressor maker moving output from China to Vietnam (Nikkei Asia: straight marks, an
interview with a company president, people familiar with the plan, a provincial official, an
exchange filing, an analyst), a soccer coach fired after a winless run (The Athletic: a headline
quote, a general manager's news conference with a reporter's question and an uncued answer, an
anonymous player, an Instagram post, a nickname in marks), a dog attack on in-lamb ewes (Farmers
Weekly: British curly single marks with inner double ones and apostrophes, present-tense "says",
a three-paragraph testimony, an association with its initials in brackets, a campaign slogan),
a satellite fleet bricked by a firmware push (Ars Technica: a quote in the dek, a CEO's blog
post, a post-mortem document, an unnamed former engineer with a nested ticket note, a safe-mode
name, a customer's emailed statement), a songbird trapper fined in court (Cyprus Mail: straight
marks, a judge, a defence lawyer, a service statement, an anonymous officer, a dish name) and a
village water plant frozen in winter (Anchorage Daily News: an elder's nested saying, a tribal
health physician, a named state spokeswoman's email, an engineering firm's assessment, a school
district's Facebook post, a quote after a gesture with no speech verb). Titles, slogans, dish
and mode names and nicknames in marks are listed as non-quotes.
Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind30_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)

article(
    "blind30-en01",
    "en",
    """‘Our grandfathers made fireworks in that field’ – Qrendi club appeals factory refusal

Permits board says new magazine would sit too close to flats approved in 2021

Kristina Abela
14 March 2025 | 07:30

A fireworks club in Qrendi has appealed against the refusal of a permit to rebuild its factory, insisting it has manufactured petards on the same plot of land since the 1930s.
The Development Permits Board (DPB) turned down the application in February, ruling that the proposed magazine would lie within the safety distance of 14 flats approved nearby in 2021. In its decision, the board said the project posed “an unacceptable risk to third parties” and that the club had failed to submit “a credible blast-zone assessment”.
Club president Mario Cauchi said the decision made no sense to the 140 volunteers who prepare the village feast every August.
“Our grandfathers made fireworks in that field when there was nothing around it but carob trees,” he told Times of Malta. “The houses came to us, not the other way round.”
Mario Cauchi at the club’s factory on the outskirts of Qrendi. Photo: Jonathan Borg
The club has spent some €60,000 on studies and architects’ fees since 2020, Cauchi said. “Every year the police inspectors come and tell us, ‘make sure the magazine is safe’, and every year we pass. If they close the factory, they close the feast. It’s that simple.”
Not everybody in the village agrees. “We are not against the feast,” said Josephine Galea, who lives in one of the new flats on Triq il-Ħaġar, “but I have two small children and nobody told us there was a fireworks factory 200 metres away when we signed the promise of sale.”
Read more: Two injured in Żebbuġ fireworks factory blast
The club’s lawyer, Roberta Zammit Pace, argues in the appeal that the board applied “a rule that does not exist in any law or policy”. Zammit Pace points to a 2019 study by the Explosives Licensing Office, titled “Safe Distances in Pyrotechnic Manufacture”, which recommends assessing each site on its own merits.
“The board copied a distance from a foreign guideline and treated it as Maltese law,” she said on Tuesday.
The environmental group Moviment Ħarsien Kampanja (MĦK) welcomed the refusal. In a statement, it said the countryside outside development zones was “not a storage yard for explosives” and urged the government to “stop treating every band club as a special case”.
A member of the club’s committee, who asked not to be named, said some younger members were already talking of joining a club in Mqabba. “If we lose this appeal, the young ones will go where they can still work. And once they go, they don’t come back,” he said.
The appeal is expected to be heard in May.
Sign up to our free newsletters
Get the best updates straight to your inbox""",
    [
        ("Our grandfathers made fireworks in that field", "Mario Cauchi", None, None),
        (
            "an unacceptable risk to third parties",
            "Development Permits Board",
            ("the board said", "the board"),
            ("the board said", "said"),
        ),
        (
            "a credible blast-zone assessment",
            "Development Permits Board",
            ("the board said", "the board"),
            ("the board said", "said"),
        ),
        (
            "Our grandfathers made fireworks in that field when there was nothing around it but carob trees,",
            "Mario Cauchi",
            ("he told Times", "he"),
            ("he told Times", "told"),
        ),
        (
            "The houses came to us, not the other way round.",
            "Mario Cauchi",
            ("he told Times", "he"),
            ("he told Times", "told"),
        ),
        (
            "Every year the police inspectors come and tell us, ‘make sure the magazine is safe’, and every year we pass. If they close the factory, they close the feast. It’s that simple.",
            "Mario Cauchi",
            ("Cauchi said", "Cauchi"),
            ("Cauchi said", "said"),
        ),
        (
            "We are not against the feast,",
            "Josephine Galea",
            "Josephine Galea",
            ("said Josephine", "said"),
        ),
        (
            "but I have two small children and nobody told us there was a fireworks factory 200 metres away when we signed the promise of sale.",
            "Josephine Galea",
            "Josephine Galea",
            ("said Josephine", "said"),
        ),
        (
            "a rule that does not exist in any law or policy",
            "Roberta Zammit Pace",
            "Roberta Zammit Pace",
            "argues",
        ),
        (
            "The board copied a distance from a foreign guideline and treated it as Maltese law,",
            "Roberta Zammit Pace",
            ("she said on", "she"),
            ("she said on", "said"),
        ),
        (
            "not a storage yard for explosives",
            "Moviment Ħarsien Kampanja",
            ("it said the countryside", "it"),
            ("it said the countryside", "said"),
        ),
        (
            "stop treating every band club as a special case",
            "Moviment Ħarsien Kampanja",
            ("it said the countryside", "it"),
            "urged",
        ),
        (
            "If we lose this appeal, the young ones will go where they can still work. And once they go, they don’t come back,",
            "member",
            ("back,” he said", "he"),
            ("back,” he said", "said"),
        ),
    ],
    ["Safe Distances in Pyrotechnic Manufacture"],
)

article(
    "blind30-en02",
    "en",
    """Fitchburg nursing home to close, leaving 83 residents weeks to find new beds

Families say they learned of the closure from a letter taped to the lobby door

By Meghan Costa Globe Correspondent,Updated April 9, 2025, 6:14 p.m.

FITCHBURG — The letter taped to the lobby door of Rollstone Hill Rehabilitation and Nursing Center was one page long. By May 31, it said, the 112-bed home would close, and its 83 residents would need “to transition to alternative care settings.”
Denise Arsenault read it on Sunday, when she came to take her mother, Theresa, 88, to Mass.
“I stood there in my coat and read it three times,” said Arsenault, 61, of Leominster. “Nobody called me. Nobody called any of us.”
The home’s owner, Larchmont Senior Living of Stamford, Conn., blamed staffing costs and state reimbursement rates that it said had not kept pace with inflation. “This was an extraordinarily difficult decision,” the company said in a statement emailed to the Globe. “Our priority now is the safe and orderly transfer of every resident.”
Related: The nursing home staffing crisis, explained
State regulators have not yet approved a closure plan. Under state rules, an operator must file one at least 90 days before shutting down; Larchmont filed its plan on April 2, according to a spokeswoman for the Long-Term Care Licensing Board, who said the agency was “reviewing it closely.”
“Ninety days sounds like a lot,” said state Representative Kevin Doucette, a Fitchburg Democrat whose mother spent her last year at Rollstone Hill, “until you call around and find out there isn’t a free bed between here and Worcester.”
Doucette said he had asked the board to hold a public hearing in the city. He called the letter on the door “a disgrace.”
Inside, staff members tell a different story. A certified nursing assistant who has worked at the home for 11 years, and who asked that her name not be used because she feared losing her severance, said the building had been short-staffed since the pandemic.
“Some nights there were two of us for forty residents. We did our best. We always did our best.
“But you can’t run a place like that forever, and they knew it,” she said.
Denise Arsenault with her mother, Theresa, at Rollstone Hill on Tuesday.ERIN KOWALCZYK/GLOBE STAFF
Walter Pyne, 91, a retired letter carrier who has lived at Rollstone Hill since a stroke in 2022, said he had one request for whoever finds him a new bed.
“Put me somewhere I can see a tree,” he said. “That’s all. I told my son, ‘Don’t let them put me by the parking lot.’”
Meghan Costa can be reached at meghan.costa@globe.com.
Show comments""",
    [
        (
            "to transition to alternative care settings.",
            "Larchmont Senior Living",
            ("it said, the", "it"),
            ("it said, the", "said"),
        ),
        (
            "I stood there in my coat and read it three times,",
            "Denise Arsenault",
            ("said Arsenault", "Arsenault"),
            ("said Arsenault", "said"),
        ),
        (
            "Nobody called me. Nobody called any of us.",
            "Denise Arsenault",
            ("said Arsenault", "Arsenault"),
            ("said Arsenault", "said"),
        ),
        (
            "This was an extraordinarily difficult decision,",
            "Larchmont Senior Living",
            ("the company said", "the company"),
            ("the company said", "said"),
        ),
        (
            "Our priority now is the safe and orderly transfer of every resident.",
            "Larchmont Senior Living",
            ("the company said", "the company"),
            ("the company said", "said"),
        ),
        (
            "reviewing it closely.",
            "Long-Term Care Licensing Board",
            "a spokeswoman for the Long-Term Care Licensing Board",
            ("who said the agency", "said"),
        ),
        (
            "Ninety days sounds like a lot,",
            "Kevin Doucette",
            "Representative Kevin Doucette",
            ("said state Representative", "said"),
        ),
        (
            "until you call around and find out there isn’t a free bed between here and Worcester.",
            "Kevin Doucette",
            "Representative Kevin Doucette",
            ("said state Representative", "said"),
        ),
        ("a disgrace.", "Kevin Doucette", ("He called", "He"), "called"),
        (
            "Some nights there were two of us for forty residents. We did our best. We always did our best.",
            "nursing assistant",
            ("it,” she said", "she"),
            ("it,” she said", "said"),
        ),
        (
            "But you can’t run a place like that forever, and they knew it,",
            "nursing assistant",
            ("it,” she said", "she"),
            ("it,” she said", "said"),
        ),
        (
            "Put me somewhere I can see a tree,",
            "Walter Pyne",
            ("tree,” he said", "he"),
            ("tree,” he said", "said"),
        ),
        (
            "That’s all. I told my son, ‘Don’t let them put me by the parking lot.’",
            "Walter Pyne",
            ("tree,” he said", "he"),
            ("tree,” he said", "said"),
        ),
    ],
)

article(
    "blind30-en03",
    "en",
    """Japan's Tokiwa Denki to shift compressor output from China to Vietnam

Air conditioner parts maker cites tariffs and rising wages in Guangdong

RIKA MATSUOKA, Nikkei staff writer
April 22, 2025 05:00 JST

OSAKA -- Tokiwa Denki, a midsize Japanese maker of air conditioner compressors, will move about 60% of its production out of China to a new plant in northern Vietnam by 2027, its president told Nikkei Asia.
"We are not leaving China, but we can no longer keep all of our eggs in one basket," President Kenji Morishita said in an interview at the company's headquarters here. "Our American customers are asking one question now: where is it made?"
The company will invest 38 billion yen ($265 million) in a factory in Bac Ninh province, east of Hanoi, with capacity for 4 million compressors a year. Its two plants in Dongguan, in China's Guangdong province, currently make nearly all of its output.
Morishita said tariffs were only part of the story. Asked whether the move would survive a change in U.S. trade policy, he was blunt: "Tariffs come and go. Wages in Guangdong do not come down."
He said the Dongguan plants would keep supplying Chinese air conditioner makers, a market he called "still the biggest in the world, by far." About 1,100 of the 4,800 workers there will be offered early retirement or transfers, according to the company.
Read Next
Vietnam's northern power crunch tests investors' patience
Two people familiar with the plan said Tokiwa had also studied Thailand's Rayong province but ruled it out last autumn. "The Thai option was cheaper on land, but the supplier base in Bac Ninh decided it," one of them said.
Power supply remains a concern in northern Vietnam, where factories faced rolling blackouts in 2023. Nguyen Thi Lan Huong, vice chairwoman of the Bac Ninh provincial People's Committee, said the province would give the plant priority access to a new substation. "We learned our lesson two years ago," she told reporters in Hanoi on Monday. "Investors will not be asked to stop their lines again."
In a filing with the Tokyo Stock Exchange on Tuesday, Tokiwa said the investment would "strengthen supply chain resilience" and have "no material impact" on earnings for the fiscal year ending March 2026. Its shares rose 4.2% in Tokyo.
Analysts were broadly supportive, if not enthusiastic. "Tokiwa is late to this, frankly," said Takeshi Oda, an analyst at Marunouchi Securities. "Bigger rivals moved three years ago and took the best industrial land. But for a company its size, this is a bet on its whole future."
Sign up to our newsletters to get our best stories delivered straight to your inbox.""",
    [
        (
            "We are not leaving China, but we can no longer keep all of our eggs in one basket,",
            "Kenji Morishita",
            "President Kenji Morishita",
            ("Morishita said in", "said"),
        ),
        (
            "Our American customers are asking one question now: where is it made?",
            "Kenji Morishita",
            "President Kenji Morishita",
            ("Morishita said in", "said"),
        ),
        (
            "Tariffs come and go. Wages in Guangdong do not come down.",
            "Kenji Morishita",
            ("he was blunt", "he"),
            None,
        ),
        (
            "still the biggest in the world, by far.",
            "Kenji Morishita",
            ("He said the Dongguan", "He"),
            "called",
        ),
        (
            "The Thai option was cheaper on land, but the supplier base in Bac Ninh decided it,",
            "person",
            "one of them",
            ("one of them said", "said"),
        ),
        (
            "We learned our lesson two years ago,",
            "Nguyen Thi Lan Huong",
            ("she told", "she"),
            "told",
        ),
        (
            "Investors will not be asked to stop their lines again.",
            "Nguyen Thi Lan Huong",
            ("she told", "she"),
            "told",
        ),
        (
            "strengthen supply chain resilience",
            "Tokiwa Denki",
            ("Tokiwa said the investment", "Tokiwa"),
            ("Tokiwa said the investment", "said"),
        ),
        (
            "no material impact",
            "Tokiwa Denki",
            ("Tokiwa said the investment", "Tokiwa"),
            ("Tokiwa said the investment", "said"),
        ),
        (
            "Tokiwa is late to this, frankly,",
            "Takeshi Oda",
            "Takeshi Oda",
            ("said Takeshi", "said"),
        ),
        (
            "Bigger rivals moved three years ago and took the best industrial land. But for a company its size, this is a bet on its whole future.",
            "Takeshi Oda",
            "Takeshi Oda",
            ("said Takeshi", "said"),
        ),
    ],
)

article(
    "blind30-en04",
    "en",
    """Pioneers fire Tomás Ribeiro after nine games without a win: ‘We needed a different voice’

By Jordan Whitlock
Apr 28, 2025
Updated 2h ago

TACOMA, Wash. — Tacoma Pioneers FC fired head coach Tomás Ribeiro on Monday, two days after a 3-0 home loss to Sacramento stretched the club’s winless run to nine games and left it 13th in the Western Conference.
“This was not about one result,” general manager Dana Whitcombe said at a news conference at the club’s training center in Fife. “We needed a different voice in that locker room, and we needed it before the season got away from us.”
Assistant coach Luis Ferrán will take charge on an interim basis, starting with Saturday’s trip to Salt Lake.
Ribeiro, 47, was in his third season. Known to his Brazilian players as “O Professor,” he took the Pioneers to the conference semifinals in 2023 with a pressing style that made them the league’s most entertaining team, and its most fragile.
Go deeper
How the Pioneers’ press stopped working — in six charts
Whitcombe took questions for 20 minutes and was asked twice whether the decision had been made before Saturday.
“No,” Whitcombe said. “I went into that game hoping to be proven wrong.”
“Did ownership push you?” a reporter asked.
“Ownership supported me. That’s different.”
In a statement, the club thanked Ribeiro for “three seasons of total dedication” and said a permanent coach would be named “after a thorough search, not a rushed one.”
Players were careful in public. Captain Kwame Asante-Boateng, who has played under Ribeiro since 2023, said the squad had “let him down.”
“He gave us everything and we didn’t give it back,” Asante-Boateng told The Athletic after training. “You can blame the coach, fine. But we are the ones on the field. It’s on us, not him.”
Privately, the mood had soured weeks ago. One veteran player, who spoke on condition of anonymity because he was not authorized to discuss internal matters, said the group had “stopped believing in the plan” by early April. “Every week it was the same video session, the same speech,” he said. “Guys were tuning out before he finished the first clip.”
Ribeiro did not respond to a request for comment. On Instagram, he posted a photo of the team’s bench and a short message: “Football is like this. I leave with my head up and my heart in Tacoma.”
(Top photo of Tomás Ribeiro: Aaron Feld / Imagn Images)""",
    [
        ("We needed a different voice", "Dana Whitcombe", None, None),
        (
            "This was not about one result,",
            "Dana Whitcombe",
            "general manager Dana Whitcombe",
            ("Whitcombe said at", "said"),
        ),
        (
            "We needed a different voice in that locker room, and we needed it before the season got away from us.",
            "Dana Whitcombe",
            "general manager Dana Whitcombe",
            ("Whitcombe said at", "said"),
        ),
        ("No,", "Dana Whitcombe", ("Whitcombe said. ", "Whitcombe"), ("Whitcombe said. ", "said")),
        (
            "I went into that game hoping to be proven wrong.",
            "Dana Whitcombe",
            ("Whitcombe said. ", "Whitcombe"),
            ("Whitcombe said. ", "said"),
        ),
        ("Did ownership push you?", "reporter", "a reporter", "asked"),
        ("Ownership supported me. That’s different.", "Dana Whitcombe", None, None),
        (
            "three seasons of total dedication",
            "Tacoma Pioneers FC",
            "the club",
            "thanked",
        ),
        (
            "after a thorough search, not a rushed one.",
            "Tacoma Pioneers FC",
            "the club",
            ("and said a permanent", "said"),
        ),
        ("let him down.", "Kwame Asante-Boateng", "Captain Kwame Asante-Boateng", "said"),
        (
            "He gave us everything and we didn’t give it back,",
            "Kwame Asante-Boateng",
            ("Asante-Boateng told", "Asante-Boateng"),
            "told",
        ),
        (
            "You can blame the coach, fine. But we are the ones on the field. It’s on us, not him.",
            "Kwame Asante-Boateng",
            ("Asante-Boateng told", "Asante-Boateng"),
            "told",
        ),
        (
            "stopped believing in the plan",
            "player",
            "One veteran player",
            ("matters, said", "said"),
        ),
        (
            "Every week it was the same video session, the same speech,",
            "player",
            ("speech,” he said", "he"),
            ("speech,” he said", "said"),
        ),
        (
            "Guys were tuning out before he finished the first clip.",
            "player",
            ("speech,” he said", "he"),
            ("speech,” he said", "said"),
        ),
        (
            "Football is like this. I leave with my head up and my heart in Tacoma.",
            "Tomás Ribeiro",
            ("he posted", "he"),
            "posted",
        ),
    ],
    ["O Professor,"],
)

article(
    "blind30-en05",
    "en",
    """Dog attack leaves 31 in-lamb ewes dead on Powys hill farm

Police and sheep farmers renew calls for walkers to keep dogs on leads as lambing begins

Abigail Morgan
18 March 2025

A hill farmer in mid Wales says she will ‘never get over’ finding 31 of her in-lamb ewes dead or dying after a dog attack at the weekend.
Gwen Pryce, who runs 400 Welsh Mountain ewes near Llanwrtyd Wells with her husband, Dai, found the flock scattered across the lower fields on Sunday morning (16 March).
‘Some were still alive, lying in the stream where they’d tried to get away,’ she says. ‘We had to put eleven down ourselves, with the vet on the phone telling us how.
‘I’ve lambed sheep for 30 years. I’ve never seen anything like it, and I never want to again.’
Mrs Pryce puts the loss, including the lambs the ewes were carrying, at more than £9,000. The farm is not insured for livestock worrying.
Gwen Pryce with surviving ewes at Cefn Farm © Abigail Morgan
PC Rhodri Bevan, of the force’s rural crime team, says a black-and-white collie cross was seen running loose on the lane that evening.
‘We believe the dog came from one of the holiday lets at the top of the valley,’ says PC Bevan. ‘If you own that dog, you know who you are. Come forward before we come to you.’
Under the Dogs (Protection of Livestock) Act 1953, owners face a maximum fine of £1,000, a penalty farming groups have long said is too low to change behaviour.
The Upland Sheep Producers’ Association (USPA) said its members had reported 212 attacks in 2024, ‘a figure that is almost certainly the tip of the iceberg’.
USPA chairman Hefin Rowlands, who keeps 900 ewes on the Epynt, says owners routinely underestimate their own pets.
‘People hear “dog attack” and picture some big dangerous breed,’ he says. ‘Nine times out of ten it’s the family pet that “wouldn’t hurt a fly”.’
Related: Livestock worrying cases reach five-year high
The association’s ‘Lead On, Lambs Live’ campaign, launched last spring, has put signs on footpath stiles across Powys and Ceredigion.
‘The signs help, but only if people actually read them,’ the chairman adds.
Vet Sian Howells, of Irfon Veterinary Group, warns that the losses will not stop at the dead ewes.
‘You’ll see the real damage in three weeks, when the survivors start aborting,’ she says. ‘Stress does that. A flock that has been chased doesn’t forget it.’
For Mrs Pryce, the message to visitors is simple: ‘Put it on a lead. It costs you nothing, and it costs us everything.’
Sign up for the Farmers Weekly newsletter
Get the latest news, prices and practical advice straight to your inbox""",
    [
        ("never get over", "Gwen Pryce", "A hill farmer in mid Wales", "says"),
        (
            "Some were still alive, lying in the stream where they’d tried to get away,",
            "Gwen Pryce",
            ("away,’ she says", "she"),
            ("away,’ she says", "says"),
        ),
        (
            "We had to put eleven down ourselves, with the vet on the phone telling us how.",
            "Gwen Pryce",
            ("away,’ she says", "she"),
            ("away,’ she says", "says"),
        ),
        (
            "I’ve lambed sheep for 30 years. I’ve never seen anything like it, and I never want to again.",
            "Gwen Pryce",
            ("away,’ she says", "she"),
            ("away,’ she says", "says"),
        ),
        (
            "We believe the dog came from one of the holiday lets at the top of the valley,",
            "Rhodri Bevan",
            "PC Bevan",
            ("says PC Bevan", "says"),
        ),
        (
            "If you own that dog, you know who you are. Come forward before we come to you.",
            "Rhodri Bevan",
            "PC Bevan",
            ("says PC Bevan", "says"),
        ),
        (
            "a figure that is almost certainly the tip of the iceberg",
            "Upland Sheep Producers’ Association",
            "The Upland Sheep Producers’ Association",
            ("(USPA) said", "said"),
        ),
        (
            "People hear “dog attack” and picture some big dangerous breed,",
            "Hefin Rowlands",
            ("breed,’ he says", "he"),
            ("breed,’ he says", "says"),
        ),
        (
            "Nine times out of ten it’s the family pet that “wouldn’t hurt a fly”.",
            "Hefin Rowlands",
            ("breed,’ he says", "he"),
            ("breed,’ he says", "says"),
        ),
        (
            "The signs help, but only if people actually read them,",
            "Hefin Rowlands",
            "the chairman",
            "adds",
        ),
        (
            "You’ll see the real damage in three weeks, when the survivors start aborting,",
            "Sian Howells",
            ("aborting,’ she says", "she"),
            ("aborting,’ she says", "says"),
        ),
        (
            "Stress does that. A flock that has been chased doesn’t forget it.",
            "Sian Howells",
            ("aborting,’ she says", "she"),
            ("aborting,’ she says", "says"),
        ),
        (
            "Put it on a lead. It costs you nothing, and it costs us everything.",
            "Gwen Pryce",
            ("For Mrs Pryce", "Mrs Pryce"),
            None,
        ),
    ],
    ["Lead On, Lambs Live"],
)

article(
    "blind30-en06",
    "en",
    """Botched firmware push leaves startup’s weather satellites tumbling

Orbiant says two of its six smallsats are lost and a third is “tumbling but talking.”

RAVI CHANDRASEKAR – APR 3, 2025 4:15 PM | 112

Listing image: Orbiant Systems
A California startup that operates a small constellation of weather-sensing satellites has lost contact with two of its six spacecraft after a routine software update went badly wrong, the company disclosed Wednesday.
Orbiant Systems, based in Sunnyvale, said in a blog post that the update was meant to improve how its satellites compensate for atmospheric drag. Instead, a timing bug caused the attitude control computers on three spacecraft to reboot in a loop during a scheduled thruster burn.
“We moved too fast, and we own that,” CEO Marisol Vega wrote in the post. “Our customers deserved better from us, and so did the team that built these spacecraft.”
Each satellite is supposed to fall back to a protective mode, which the company calls “SafeHarbor,” when its flight computer restarts unexpectedly. According to a post-mortem that Orbiant published alongside the blog entry, the new firmware disabled that fallback on reboot.
The document is unusually blunt. It says the update was classified as “low risk” and pushed to the whole fleet at once rather than “one vehicle at a time, as our own procedures require.” It also concedes that ground controllers spent “roughly 40 minutes” diagnosing the problem before trying to upload a fix.
Advertisement
A former Orbiant engineer, who asked not to be named because of a nondisclosure agreement, told Ars that concerns had been raised internally before the push. “The ticket literally said ‘no rollback needed,’” the engineer said. “I remember it because someone had added three exclamation marks.”
Outside experts were less surprised. “Pushing the same untested change to every spacecraft at once is the orbital equivalent of updating every production server on a Friday afternoon,” said Priya Ramaswamy, who studies small-satellite reliability at the Front Range Institute of Technology. She added that smallsat startups often skip hardware-in-the-loop testing “because the schedule always wins.”
One of Orbiant’s largest customers, the crop-insurance analytics firm Meridian Agri-Forecast, said in an emailed statement that it had “activated contingency data sources” and did not expect any disruption for its clients.
Vega’s post ends on a hopeful note. Engineers are still trying to reach the two silent satellites with a low-rate command mode, and the third, which is spinning at about two revolutions per minute, still answers pings. “We are not giving up on them,” she wrote. “Spacecraft have come back from worse.”
Ravi Chandrasekar is a senior space reporter at Ars Technica.
Promoted Comments""",
    [
        ("tumbling but talking.", "Orbiant Systems", "Orbiant", "says"),
        (
            "We moved too fast, and we own that,",
            "Marisol Vega",
            "CEO Marisol Vega",
            ("Vega wrote in", "wrote"),
        ),
        (
            "Our customers deserved better from us, and so did the team that built these spacecraft.",
            "Marisol Vega",
            "CEO Marisol Vega",
            ("Vega wrote in", "wrote"),
        ),
        (
            "low risk",
            "Orbiant Systems",
            ("It says the update", "It"),
            ("It says the update", "says"),
        ),
        (
            "one vehicle at a time, as our own procedures require.",
            "Orbiant Systems",
            ("It says the update", "It"),
            ("It says the update", "says"),
        ),
        ("roughly 40 minutes", "Orbiant Systems", ("It also concedes", "It"), "concedes"),
        (
            "The ticket literally said ‘no rollback needed,’",
            "engineer",
            ("the engineer said", "the engineer"),
            ("the engineer said", "said"),
        ),
        (
            "I remember it because someone had added three exclamation marks.",
            "engineer",
            ("the engineer said", "the engineer"),
            ("the engineer said", "said"),
        ),
        (
            "Pushing the same untested change to every spacecraft at once is the orbital equivalent of updating every production server on a Friday afternoon,",
            "Priya Ramaswamy",
            "Priya Ramaswamy",
            ("said Priya", "said"),
        ),
        ("because the schedule always wins.", "Priya Ramaswamy", ("She added", "She"), "added"),
        (
            "activated contingency data sources",
            "Meridian Agri-Forecast",
            "Meridian Agri-Forecast",
            ("Agri-Forecast, said", "said"),
        ),
        (
            "We are not giving up on them,",
            "Marisol Vega",
            ("she wrote", "she"),
            ("she wrote", "wrote"),
        ),
        (
            "Spacecraft have come back from worse.",
            "Marisol Vega",
            ("she wrote", "she"),
            ("she wrote", "wrote"),
        ),
    ],
    ["SafeHarbor,"],
)

article(
    "blind30-en07",
    "en",
    """Trapper fined €4,000 over mist nets in Xylofagou orchard

By Elias Theodorou
March 25, 2025

A 54-year-old man from Xylofagou was fined €4,000 by the Larnaca district court on Monday after admitting to trapping songbirds with mist nets and an electronic caller in his orchard.
Andreas Hadjikyriacou was caught in October by officers of the Wildlife Protection Service (WPS), who found 183 dead blackcaps in a chest freezer in his storeroom and two nets, each 40 metres long, strung between his lemon trees.
Passing sentence, judge Maria Georgiou said the fine had to be "a deterrent and not a licence fee".
"Every autumn this court hears the same excuses," she said. "The birds do not know whose orchard they are flying over, and 'my grandfather did it' is not a defence."
His lawyer, Eleni Christodoulou, told the court her client had learned the practice from his father and "did not appreciate the seriousness" of the offence. The birds, she said, were for his own family's table and had never been sold.
"He is not a trafficker," Christodoulou said. "He is a man who grew up eating these birds at every name day, like half the men in this district."
The court heard that the blackcaps are usually served pickled or grilled as "ambelopoulia", a dish that can fetch €80 a dozen in some restaurants.
Related Posts
Police seize 900 songbirds in Paralimni raid
In a statement after the hearing, the WPS said it had removed more than 2,400 metres of nets in the Larnaca district since September and warned that "trapping is no longer a village tradition, it is an industry".
One of the officers who took part in the raid, speaking on condition of anonymity, described what they found. "They were in freezer bags, 50 to a bag, each one labelled with the date," he said. "This man knew exactly what he was doing."
The Cyprus Migratory Birds Trust (CMBT) called the fine "a step in the right direction, but only a step".
"Restaurants are still serving them under the table, and everybody in the village knows which ones," said the trust's campaigns officer, Stelios Ioannou. "Until the buyers are fined, the nets will keep going up."
Outside court, Hadjikyriacou told reporters: "I made a mistake and I have paid for it. Now leave my family alone."
Follow the Cyprus Mail on Google News""",
    [
        (
            "a deterrent and not a licence fee",
            "Maria Georgiou",
            "judge Maria Georgiou",
            ("Georgiou said", "said"),
        ),
        (
            "Every autumn this court hears the same excuses,",
            "Maria Georgiou",
            ('excuses," she said', "she"),
            ('excuses," she said', "said"),
        ),
        (
            "The birds do not know whose orchard they are flying over, and 'my grandfather did it' is not a defence.",
            "Maria Georgiou",
            ('excuses," she said', "she"),
            ('excuses," she said', "said"),
        ),
        (
            "did not appreciate the seriousness",
            "Eleni Christodoulou",
            "Eleni Christodoulou",
            "told",
        ),
        (
            "He is not a trafficker,",
            "Eleni Christodoulou",
            ("Christodoulou said", "Christodoulou"),
            ("Christodoulou said", "said"),
        ),
        (
            "He is a man who grew up eating these birds at every name day, like half the men in this district.",
            "Eleni Christodoulou",
            ("Christodoulou said", "Christodoulou"),
            ("Christodoulou said", "said"),
        ),
        (
            "trapping is no longer a village tradition, it is an industry",
            "Wildlife Protection Service",
            ("the WPS said", "the WPS"),
            "warned",
        ),
        (
            "They were in freezer bags, 50 to a bag, each one labelled with the date,",
            "officer",
            ('date," he said', "he"),
            ('date," he said', "said"),
        ),
        (
            "This man knew exactly what he was doing.",
            "officer",
            ('date," he said', "he"),
            ('date," he said', "said"),
        ),
        (
            "a step in the right direction, but only a step",
            "Cyprus Migratory Birds Trust",
            "The Cyprus Migratory Birds Trust",
            "called",
        ),
        (
            "Restaurants are still serving them under the table, and everybody in the village knows which ones,",
            "Stelios Ioannou",
            "Stelios Ioannou",
            ("said the trust", "said"),
        ),
        (
            "Until the buyers are fined, the nets will keep going up.",
            "Stelios Ioannou",
            "Stelios Ioannou",
            ("said the trust", "said"),
        ),
        (
            "I made a mistake and I have paid for it. Now leave my family alone.",
            "Andreas Hadjikyriacou",
            ("Hadjikyriacou told", "Hadjikyriacou"),
            "told",
        ),
    ],
    ["ambelopoulia"],
)

article(
    "blind30-en08",
    "en",
    """With its water plant frozen, a Western Alaska village is hauling water from the river again

By Tess Halloran
Updated: March 11, 2025 Published: March 10, 2025

NANVAQAQ — For the first time in 14 years, residents of this Yup’ik village of about 420 people are hauling drinking water in buckets and sled-mounted tanks from a hole chopped in the river ice.
The village’s water treatment plant froze Feb. 19, when a circulation pump failed during a cold snap that pushed temperatures to 38 below zero, said Alvin Nanok, president of the Nanvaqaq Tribal Council.
“We had maybe six hours to fix it, and we didn’t have the part,” Nanok said. “By morning the pipes under the school were solid.”
Residents fill containers from a hole in the river ice near Nanvaqaq on March 6. (Tess Halloran / ADN)
The plant’s washeteria, where families without running water do laundry and shower, has also closed. The Delta Rivers School District said in a Facebook post that the village school would stay shut “until safe running water is restored,” and that students would be sent paper packets in the meantime.
Elders say the change has been hardest on young families.
“When I was a girl, we hauled every drop,” said Martha Ayaprun, 79. “My grandmother used to say, ‘The river gives, but you have to walk to it.’ I never thought I would be saying that to my great-grandchildren.”
Dr. Nathan Oyler, a physician with the Western Alaska Tribal Health Partnership, said the village clinic had recorded a rise in skin infections and stomach illness since the plant failed.
“When people have to carry every gallon, the first thing that goes is handwashing,” Oyler said. “We’ve seen this before in villages without piped water. It is completely predictable.”
Kara Beaulieu, a spokeswoman for the state’s Rural Sanitation Office, said in an email that two engineers had been flown to Nanvaqaq and that a replacement pump was “expected on the next cargo flight, weather permitting.”
The failure was not a surprise. Kessler & Dunn, an Anchorage engineering firm, warned in a 2019 assessment prepared for the state that the plant’s heat-trace system was “beyond its design life” and recommended replacing it “within three to five years.” It was never replaced; Beaulieu said the project had twice been submitted for funding and twice left out of the capital budget.
Support local journalism in Alaska. Subscribe to the Daily News.
Asked what the village needs now, Nanok didn’t hesitate. “A new plant. Not another patch. We’ve been patching this one since 2011.”""",
    [
        (
            "We had maybe six hours to fix it, and we didn’t have the part,",
            "Alvin Nanok",
            ("Nanok said", "Nanok"),
            ("Nanok said", "said"),
        ),
        (
            "By morning the pipes under the school were solid.",
            "Alvin Nanok",
            ("Nanok said", "Nanok"),
            ("Nanok said", "said"),
        ),
        (
            "until safe running water is restored,",
            "Delta Rivers School District",
            "The Delta Rivers School District",
            ("District said", "said"),
        ),
        (
            "When I was a girl, we hauled every drop,",
            "Martha Ayaprun",
            "Martha Ayaprun",
            ("said Martha", "said"),
        ),
        (
            "My grandmother used to say, ‘The river gives, but you have to walk to it.’ I never thought I would be saying that to my great-grandchildren.",
            "Martha Ayaprun",
            "Martha Ayaprun",
            ("said Martha", "said"),
        ),
        (
            "When people have to carry every gallon, the first thing that goes is handwashing,",
            "Nathan Oyler",
            ("Oyler said", "Oyler"),
            ("Oyler said", "said"),
        ),
        (
            "We’ve seen this before in villages without piped water. It is completely predictable.",
            "Nathan Oyler",
            ("Oyler said", "Oyler"),
            ("Oyler said", "said"),
        ),
        (
            "expected on the next cargo flight, weather permitting.",
            "Kara Beaulieu",
            "Kara Beaulieu",
            ("Office, said", "said"),
        ),
        ("beyond its design life", "Kessler & Dunn", "Kessler & Dunn", "warned"),
        ("within three to five years.", "Kessler & Dunn", "Kessler & Dunn", "recommended"),
        (
            "A new plant. Not another patch. We’ve been patching this one since 2011.",
            "Alvin Nanok",
            ("Nanok didn’t", "Nanok"),
            None,
        ),
    ],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind30_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
