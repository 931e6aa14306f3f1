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


def main() -> None:
    SET.write(Path(__file__).with_name("blind30_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
