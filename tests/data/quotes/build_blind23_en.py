# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind23_en.jsonl: a twenty-third blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries and cities aside). Beats and
outlets imitated: an inspector general's report on managers commuting in agency SUVs (The
Washington Post: a report's findings, an unnamed regional director, anonymous officials, an
interrupted quote from a member of Congress, a nested inner quote, "Story continues below
advertisement"), market traders facing a rent rise after a hall refurbishment (The Northern Echo:
straight single quotes as outer marks with apostrophes everywhere and inner double quotes, a
headline quote, a council statement, a scheme name), a gene therapy trial paused after a liver
injury (STAT: company statement, a chief medical officer on an investor call answering a
question, an advocacy group's email to families, an analyst's note), a county arena subsidy
(Axios Columbus: "Why it matters" and "What they're saying" blocks, bullets, an anonymous county
official), a rural railway line's last train (The Japan Times: given-name-first Japanese names,
a banner in marks, a follow-on quote after a pause with no speech verb), a director leaving a
film mid-shoot (Variety: film titles in marks, an unnamed insider, a studio statement, a rep, an
Instagram post), an auto supplier closing a plant (DW: a union named with its initials in
brackets, a works council head, a two-paragraph worker testimony) and a rugby coach attacking
selectors (New Zealand Herald: a headline quote, a follow-on paragraph with no cue, a nickname in
marks, a podcast answer). Titles, slogans, banners, scheme names and nicknames in marks are
listed as non-quotes. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind23_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind23-en01",
    "en",
    """Federal land agency let managers commute in government SUVs, watchdog finds

The inspector general found at least 41 officials used agency vehicles for personal trips, at an estimated cost to taxpayers of $1.3 million

By Renata Whitfield
September 16, 2026 at 5:00 a.m. EDT

Listen 5 min
Share
Comment
Save

Dozens of senior managers at the Federal Recreation Lands Service routinely drove government-owned SUVs between their homes and offices for years, in some cases while on vacation, according to a report released Tuesday by the agency’s Office of Inspector General.
The report, which examined vehicle logs from 2021 to 2025, found that at least 41 officials used agency vehicles for personal trips, costing taxpayers an estimated $1.3 million in fuel, maintenance and lost use. Investigators described “a culture of entitlement that went largely unchallenged by senior leadership.”
In one case detailed in the report, a regional director in Colorado drove an agency SUV to a family wedding in Kansas and told a fleet clerk who questioned the mileage that the trip was “mission-related.”
Story continues below advertisement
Inspector General Harold Whitsett said in an interview that the egregious cases were not the heart of the problem. “It’s that the rules were clear, the logs were there, and nobody looked at them,” Whitsett said. “When we asked why, the most common answer was, ‘That’s how it’s always been done.’”
The agency’s director, Colleen Marsh-Oduya, said in a written response included in the report that she accepted all 11 recommendations and had “already taken steps to end the practice.” She did not respond to a request for further comment on Monday.
Two current officials, who spoke on the condition of anonymity because they were not authorized to discuss personnel matters, said at least three managers named in the report had been reassigned. “People are scared, and frankly some of them should be,” one of the officials said.
Rep. Dana Kilbride (R-Utah), who chairs a House oversight subcommittee, said the findings were “infuriating but not surprising.”
“This agency asks Congress for more money every single year,” Kilbride said in a statement, “and then it lets managers treat the motor pool like a rental counter.”
Story continues below advertisement
The Federal Lands Workers Union, which represents about 6,000 rangers and maintenance staff, said field crews had been told for years that no vehicles were available for patrols. “Our people were sharing one truck between three sites while the boss had an SUV in his driveway,” said Luis Carvalho, the union’s president.
The report recommends that the agency install GPS trackers on all 2,300 vehicles in its fleet and require written approval for any overnight use. It also referred two cases to the Justice Department, which declined to comment.
Renata Whitfield covers federal agencies and the workforce for The Post.
Comments""",
    [
        (
            "a culture of entitlement that went largely unchallenged by senior leadership.",
            "Office of Inspector General",
            "Investigators",
            "described",
        ),
        ("mission-related.", "regional director", "a regional director in Colorado", "told"),
        (
            "It’s that the rules were clear, the logs were there, and nobody looked at them,",
            "Harold Whitsett",
            ("Whitsett said", "Whitsett"),
            ("Whitsett said", "said"),
        ),
        (
            "When we asked why, the most common answer was, ‘That’s how it’s always been done.’",
            "Harold Whitsett",
            ("Whitsett said", "Whitsett"),
            ("Whitsett said", "said"),
        ),
        (
            "already taken steps to end the practice.",
            "Colleen Marsh-Oduya",
            "Colleen Marsh-Oduya",
            ("Marsh-Oduya, said", "said"),
        ),
        (
            "People are scared, and frankly some of them should be,",
            "official",
            "one of the officials",
            ("officials said", "said"),
        ),
        (
            "infuriating but not surprising.",
            "Dana Kilbride",
            "Rep. Dana Kilbride",
            ("subcommittee, said", "said"),
        ),
        (
            "This agency asks Congress for more money every single year,",
            "Dana Kilbride",
            ("Kilbride said", "Kilbride"),
            ("Kilbride said", "said"),
        ),
        (
            "and then it lets managers treat the motor pool like a rental counter.",
            "Dana Kilbride",
            ("Kilbride said", "Kilbride"),
            ("Kilbride said", "said"),
        ),
        (
            "Our people were sharing one truck between three sites while the boss had an SUV in his driveway,",
            "Luis Carvalho",
            "Luis Carvalho",
            ("said Luis", "said"),
        ),
    ],
)

article(
    "blind23-en02",
    "en",
    """'I'm asking for a rent I can actually pay': Market traders threaten to quit over hall rent rise

By Gemma Thwaite
Reporter
@GemmaThwaiteNE

TRADERS at Brackenfield Market Hall say they could be forced out within months after the council announced that stall rents will almost double when the building reopens following a £4.6m refurbishment.
Brackenfield Town Council confirmed this week that rent for a standard stall will rise from £85 to £160 a week from January.
Stallholders outside the hall on Tuesday. Picture: SARAH DOBBS
Butcher Trevor Allinson, whose family has run a stall in the hall since 1962, said the increase was 'eye-watering'.
'My grandad started here with a chopping block and a set of scales,' he said. 'I'm not asking for charity. I'm asking for a rent I can actually pay.'
Florist Jade Pemberton, 34, said: 'They told us the refurb was "for the traders". Nobody mentioned it would be paid for by the traders.'
She said at least nine of the hall's 23 stallholders had told her they would not renew their leases.
In a statement, Brackenfield Town Council said the new rents were 'still well below comparable indoor markets in the region' and reflected 'significantly higher running costs for heating, lighting and security'.
Council leader Cllr Neil Forsyth said he understood the traders' concerns. 'Nobody wants an empty market hall,' he said. 'But the council tax payer can't be expected to subsidise stalls indefinitely. We will look at a phased introduction.'
Read more: Plans lodged for 120 homes on edge of town
The hall's refurbishment, branded 'Brackenfield Reborn', was partly funded by a £2.1m government regeneration grant and includes a new glass roof, a food court and a community events space.
Opposition councillor Sue Ridley said the ruling group had 'shot itself in the foot'. 'They spent four and a half million pounds on a building and forgot about the people who make it worth visiting,' she added.
Shoppers were also unhappy. 'It's the only place in town you can still get a proper pork pie,' said pensioner Mavis Eltringham, 79, who has shopped at the market every Saturday for more than fifty years.
The council's cabinet will discuss the rents again at its meeting on October 14. Traders have been invited to address members before the vote.
Get the latest news delivered to your inbox - sign up here
Comments""",
    [
        ("I'm asking for a rent I can actually pay", "Trevor Allinson", None, None),
        ("eye-watering", "Trevor Allinson", "Trevor Allinson", "said"),
        (
            "My grandad started here with a chopping block and a set of scales,",
            "Trevor Allinson",
            ("he said", "he"),
            "said",
        ),
        (
            "I'm not asking for charity. I'm asking for a rent I can actually pay.",
            "Trevor Allinson",
            ("he said", "he"),
            "said",
        ),
        (
            'They told us the refurb was "for the traders". Nobody mentioned it would be paid for by the traders.',
            "Jade Pemberton",
            "Jade Pemberton",
            "said",
        ),
        (
            "still well below comparable indoor markets in the region",
            "Brackenfield Town Council",
            "Brackenfield Town Council",
            ("Council said", "said"),
        ),
        (
            "significantly higher running costs for heating, lighting and security",
            "Brackenfield Town Council",
            "Brackenfield Town Council",
            ("Council said", "said"),
        ),
        (
            "Nobody wants an empty market hall,",
            "Neil Forsyth",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "But the council tax payer can't be expected to subsidise stalls indefinitely. We will look at a phased introduction.",
            "Neil Forsyth",
            ("he said", "he"),
            ("he said", "said"),
        ),
        ("shot itself in the foot", "Sue Ridley", "Sue Ridley", "said"),
        (
            "They spent four and a half million pounds on a building and forgot about the people who make it worth visiting,",
            "Sue Ridley",
            ("she added", "she"),
            "added",
        ),
        (
            "It's the only place in town you can still get a proper pork pie,",
            "Mavis Eltringham",
            "Mavis Eltringham",
            ("said pensioner", "said"),
        ),
    ],
    ["Brackenfield Reborn"],
)

article(
    "blind23-en03",
    "en",
    """Halvard Therapeutics pauses gene therapy trial after a child develops severe liver injury

By Priya Anand
Sept. 22, 2026

Reprints

Halvard Therapeutics has paused dosing in its mid-stage trial of a gene therapy for a rare muscle-wasting disease after a patient developed severe liver injury, the company said Monday, a setback for one of the most closely watched programs in the field.
The patient, a 9-year-old boy treated in August, “is recovering and has been discharged,” the company said in a statement. Halvard said it had notified regulators and that the trial would remain on hold “until we fully understand what happened.”
Chief medical officer Dr. Wen-Li Tsao said on a call with investors that liver enzymes had been “elevated but manageable” in several earlier patients. “We saw signals in the first cohort, we adjusted the steroid regimen, and we believed we had it under control,” Tsao said. “Clearly we need to look again.”
Asked on the call whether the company had considered stopping the trial after the first cohort, Tsao said: “No. The data did not support that at the time.”
Related: Gene therapy’s safety reckoning is far from over
Dr. Marcus Feldstein, a pediatric neurologist at Lakeshore Children’s Hospital who is not involved in the trial, said liver toxicity was “the known Achilles’ heel of this whole class of therapies.”
“Every company in this space has had to learn the same lesson, usually the hard way,” he told STAT. He said he would want to see whether the injury was linked to the dose the boy received, which was the highest tested so far.
For families, the news landed hard. In an email sent to parents on Monday night and reviewed by STAT, Allison Brecker, the founder of the patient group Parents United for Limb-Girdle Research, wrote that the update was “hard to read” but urged them not to lose hope. “Pauses are how trials stay safe. This is the system working, even if it doesn’t feel like it tonight,” she wrote.
Halvard’s shares fell 38% in morning trading. The company had about $410 million in cash at the end of June, enough to fund operations into 2028, according to its last quarterly filing.
“The question investors will ask is whether this is a dose problem or a platform problem,” Stonebridge Partners analyst Kavya Raman wrote in a note to clients. “If it is the platform, the whole pipeline is in question.”
The therapy, HLV-203, uses a modified virus to deliver a working copy of a gene that patients lack. Halvard had planned to seek accelerated approval next year.
Newsletters
Sign up for The Readout, our guide to what’s happening in biotech""",
    [
        (
            "is recovering and has been discharged,",
            "Halvard Therapeutics",
            ("the company said in", "the company"),
            ("the company said in", "said"),
        ),
        (
            "until we fully understand what happened.",
            "Halvard Therapeutics",
            ("Halvard said", "Halvard"),
            ("Halvard said", "said"),
        ),
        ("elevated but manageable", "Wen-Li Tsao", "Dr. Wen-Li Tsao", ("Tsao said on", "said")),
        (
            "We saw signals in the first cohort, we adjusted the steroid regimen, and we believed we had it under control,",
            "Wen-Li Tsao",
            ("Tsao said.", "Tsao"),
            ("Tsao said.", "said"),
        ),
        (
            "Clearly we need to look again.",
            "Wen-Li Tsao",
            ("Tsao said.", "Tsao"),
            ("Tsao said.", "said"),
        ),
        (
            "No. The data did not support that at the time.",
            "Wen-Li Tsao",
            ("Tsao said:", "Tsao"),
            ("Tsao said:", "said"),
        ),
        (
            "the known Achilles’ heel of this whole class of therapies.",
            "Marcus Feldstein",
            "Dr. Marcus Feldstein",
            ("trial, said", "said"),
        ),
        (
            "Every company in this space has had to learn the same lesson, usually the hard way,",
            "Marcus Feldstein",
            ("he told", "he"),
            "told",
        ),
        ("hard to read", "Allison Brecker", "Allison Brecker", "wrote"),
        (
            "Pauses are how trials stay safe. This is the system working, even if it doesn’t feel like it tonight,",
            "Allison Brecker",
            ("she wrote", "she"),
            ("she wrote", "wrote"),
        ),
        (
            "The question investors will ask is whether this is a dose problem or a platform problem,",
            "Kavya Raman",
            "Kavya Raman",
            ("Raman wrote", "wrote"),
        ),
        (
            "If it is the platform, the whole pipeline is in question.",
            "Kavya Raman",
            "Kavya Raman",
            ("Raman wrote", "wrote"),
        ),
    ],
)

article(
    "blind23-en04",
    "en",
    """Franklin County OKs $210M for Ironclads arena

Franklin County commissioners voted 2-1 Tuesday to put $210 million in hotel-tax money toward a new downtown arena for the Columbus Ironclads hockey team.
Why it matters: It's the largest public subsidy for a sports venue in central Ohio in two decades, and it locks the team into Columbus for 30 years.
Driving the news: The deal covers about 60% of the arena's estimated $350 million cost. The team will pay the rest, plus any overruns.
The county will own the building. The Ironclads will keep ticket, parking and naming-rights revenue.
What they're saying: “This keeps 41 home dates a year downtown, and it keeps the team from packing up for Cincinnati,” commissioner Tamara Oyelowo said before the vote.
Commissioner Greg Hollister, the lone no vote, called the deal “a billionaire’s wish list with a county seal on it.”
Ironclads owner Dwight Lassiter said in a statement the team was “grateful and ready to get to work.”
The other side: A study commissioned by the county's own convention bureau projects $38 million a year in new spending, but economists say such numbers rarely hold up.
“Stadiums mostly move spending around. People who buy a hockey ticket don’t buy dinner somewhere else that night,” Ohio Valley University economist Rachel Tamburini told Axios.
Between the lines: A county official, who requested anonymity to discuss private negotiations, told Axios the team had threatened to look at other cities “at least twice” during talks this summer.
Zoom in: Neighbors of the site, a surface parking lot on the edge of the Brewery District, worry most about game-night traffic.
“I’m not against the team. I’m against the traffic,” said Curtis Obi, who lives two blocks from the lot. “Nobody has shown us a parking plan yet.”
By the numbers:
$350M: Estimated total cost
$210M: County share, from hotel-bed taxes
$75M: City share, pending a council vote
7,500: Planned seats
2029: Target opening season
What's next: Columbus City Council is scheduled to vote on its $75 million share Oct. 6. Council president Janelle Whitaker said Wednesday she expects “a close vote and a long night.”
Go deeper: The Ironclads' arena, by the numbers
Subscribe to Axios Columbus for free
Share on Facebook Share on X""",
    [
        (
            "This keeps 41 home dates a year downtown, and it keeps the team from packing up for Cincinnati,",
            "Tamara Oyelowo",
            "Tamara Oyelowo",
            ("Oyelowo said", "said"),
        ),
        (
            "a billionaire’s wish list with a county seal on it.",
            "Greg Hollister",
            "Commissioner Greg Hollister",
            "called",
        ),
        ("grateful and ready to get to work.", "Dwight Lassiter", "Dwight Lassiter", "said"),
        (
            "Stadiums mostly move spending around. People who buy a hockey ticket don’t buy dinner somewhere else that night,",
            "Rachel Tamburini",
            "Rachel Tamburini",
            "told",
        ),
        (
            "at least twice",
            "official",
            "A county official",
            ("official, who requested anonymity to discuss private negotiations, told", "told"),
        ),
        (
            "I’m not against the team. I’m against the traffic,",
            "Curtis Obi",
            "Curtis Obi",
            ("said Curtis", "said"),
        ),
        (
            "Nobody has shown us a parking plan yet.",
            "Curtis Obi",
            "Curtis Obi",
            ("said Curtis", "said"),
        ),
        (
            "a close vote and a long night.",
            "Janelle Whitaker",
            "Janelle Whitaker",
            ("Whitaker said", "said"),
        ),
    ],
)

article(
    "blind23-en05",
    "en",
    """Last train on Akita’s Hinokizawa Line draws thousands as rural rail fades

by Kenta Morishima
Staff writer
Sep 28, 2026

KITAAKITA, AKITA PREF. – More than 2,000 people crowded the platforms of small stations along the Hinokizawa Line on Sunday to see off its last train, ending 91 years of service on a rural route that carried fewer than 60 passengers a day by the end.
Operator Ou Regional Railway will replace the 34-kilometer line with buses from Oct. 1. The company said the line had lost ¥480 million last fiscal year and that repairing a bridge damaged by heavy rain in 2024 would cost “more than the line could earn in a century.”
“I rode this train to high school, to my wedding and to my father’s funeral,” said Setsuko Hatakeyama, 77, who waited for more than two hours at Hinokizawa Station with a hand-painted banner reading “Arigato, Hinokizawa Line.” “Today I came to say thank you.”
PHOTO GALLERY (CLICK TO ENLARGE)
Local high school students will be hit hardest. Haruto Sasaki, 16, has taken the 7:12 a.m. train to school in the city center since April.
“The bus takes 25 minutes longer, and it doesn’t run after 7 p.m.,” he said. “If I stay for club activities, my mother has to drive an hour to pick me up.”
Mayor Tsuyoshi Kudo told The Japan Times that the city had tried for a decade to keep the line running. “We offered to pay for station maintenance. We offered to promote tourism. In the end, the numbers were simply too small,” Kudo said.
Asked whether the city had given up too easily, Kudo paused for a long moment.
“I don’t think so. But I will carry that question with me for the rest of my life.”
At a short ceremony before the final departure, Ou Regional Railway President Masahiro Fujiwara bowed deeply to the crowd. “We could not keep our promise to you. I am sorry,” he told them, his voice breaking.
Rail enthusiasts had traveled from across the country. “I have photographed 40 last trains. This is the saddest one, because the whole town came out,” said Daisuke Mori, a photographer from Sendai.
Across Japan, more than 80 local lines now carry fewer than 1,000 passengers a day, and several operators have asked local governments to discuss their future.
KEYWORDS
Akita, railways, depopulation
In a time of both misinformation and too much information, quality journalism is more crucial than ever.
By subscribing, you can help us get the story right.
SUBSCRIBE NOW""",
    [
        (
            "more than the line could earn in a century.",
            "Ou Regional Railway",
            "The company",
            ("company said", "said"),
        ),
        (
            "I rode this train to high school, to my wedding and to my father’s funeral,",
            "Setsuko Hatakeyama",
            "Setsuko Hatakeyama",
            ("said Setsuko", "said"),
        ),
        (
            "Today I came to say thank you.",
            "Setsuko Hatakeyama",
            "Setsuko Hatakeyama",
            ("said Setsuko", "said"),
        ),
        (
            "The bus takes 25 minutes longer, and it doesn’t run after 7 p.m.,",
            "Haruto Sasaki",
            ("he said", "he"),
            "said",
        ),
        (
            "If I stay for club activities, my mother has to drive an hour to pick me up.",
            "Haruto Sasaki",
            ("he said", "he"),
            "said",
        ),
        (
            "We offered to pay for station maintenance. We offered to promote tourism. In the end, the numbers were simply too small,",
            "Tsuyoshi Kudo",
            ("Kudo said", "Kudo"),
            ("Kudo said", "said"),
        ),
        (
            "I don’t think so. But I will carry that question with me for the rest of my life.",
            "Tsuyoshi Kudo",
            ("Kudo paused", "Kudo"),
            None,
        ),
        (
            "We could not keep our promise to you. I am sorry,",
            "Masahiro Fujiwara",
            ("he told", "he"),
            "told",
        ),
        (
            "I have photographed 40 last trains. This is the saddest one, because the whole town came out,",
            "Daisuke Mori",
            "Daisuke Mori",
            ("said Daisuke", "said"),
        ),
    ],
    ["Arigato, Hinokizawa Line."],
)

article(
    "blind23-en06",
    "en",
    """Paloma Reyes-Kinsey Exits Meridian Western ‘The Salt Road’ Three Weeks Into Shoot (EXCLUSIVE)

By Jordan Achterberg
Sep 17, 2026 2:15pm PT

Paloma Reyes-Kinsey has exited Meridian Pictures’ western “The Salt Road” three weeks into production in New Mexico, Variety has learned exclusively.
Sources close to the production tell Variety the split followed weeks of clashes with producers over the film’s budget and a reworked ending. One insider described the set as “tense from day one,” adding that Reyes-Kinsey had been “shooting a different movie than the one that was greenlit.”
In a statement, Meridian said Reyes-Kinsey was leaving “due to creative differences” and that production would resume “within two weeks” under a new director, who has yet to be named. “We have enormous respect for Paloma and the work she has done,” the studio said.
Her rep, Dana Whitlock of Brightline Management, pushed back on the characterization. “Paloma was hired to make a bold film, and that is exactly what she was doing,” Whitlock said. “She is proud of every frame.”
Popular on Variety
Star Cole Hardesty, who plays a disgraced lawman hunting his brother across the salt flats, is expected to stay on. Hardesty addressed the news on Instagram on Wednesday night. “Sad to lose a captain mid-voyage. Ship sails on,” he wrote beneath a photo of the set.
The production, budgeted at roughly $48 million, has been shooting near Alamogordo since late August. According to one person familiar with the matter, about a fifth of the script had been filmed when the shoot was halted last Friday.
“The Salt Road” is Reyes-Kinsey’s second feature after her 2023 Sundance breakout “Tin Sky,” which she described at the time as “a love letter to bad decisions.” That film sold to a streamer for a reported $9 million after a bidding war and earned her a spot on several lists of directors to watch.
Meridian has had a difficult year, pulling two releases from its fall calendar and laying off about 10% of its marketing staff in June.
Reyes-Kinsey is repped by Brightline Management and the law firm Kessler Amos.
Read More About:
Film News, Paloma Reyes-Kinsey, The Salt Road""",
    [
        ("tense from day one,", "insider", "One insider", "described"),
        (
            "shooting a different movie than the one that was greenlit.",
            "insider",
            "One insider",
            "adding",
        ),
        (
            "due to creative differences",
            "Meridian Pictures",
            ("Meridian said", "Meridian"),
            ("Meridian said", "said"),
        ),
        (
            "within two weeks",
            "Meridian Pictures",
            ("Meridian said", "Meridian"),
            ("Meridian said", "said"),
        ),
        (
            "We have enormous respect for Paloma and the work she has done,",
            "Meridian Pictures",
            "the studio",
            ("studio said", "said"),
        ),
        (
            "Paloma was hired to make a bold film, and that is exactly what she was doing,",
            "Dana Whitlock",
            ("Whitlock said", "Whitlock"),
            ("Whitlock said", "said"),
        ),
        (
            "She is proud of every frame.",
            "Dana Whitlock",
            ("Whitlock said", "Whitlock"),
            ("Whitlock said", "said"),
        ),
        (
            "Sad to lose a captain mid-voyage. Ship sails on,",
            "Cole Hardesty",
            ("he wrote", "he"),
            "wrote",
        ),
        (
            "a love letter to bad decisions.",
            "Paloma Reyes-Kinsey",
            ("which she described", "she"),
            "described",
        ),
    ],
    ["The Salt Road", "The Salt Road", "The Salt Road", "Tin Sky,"],
)

article(
    "blind23-en07",
    "en",
    """German auto supplier to shut Zwickau plant, 1,400 jobs at risk

Workers at a brake-systems factory in Saxony say they learned of the closure from the company intranet. The union has called a protest for Friday.

Date 06.10.2026
Author Lena Vogt

Auto parts supplier Brenntal AG said on Tuesday it would close its brake-systems plant in Zwickau by the end of 2027, putting about 1,400 jobs at risk in a region that has already lost thousands of industrial jobs in the past two years.
"The transition to electric vehicles has fundamentally changed demand for our products," the company said in a statement. "We have examined every alternative."
Brenntal plans to move part of the production to an existing site in Slovakia.
The head of the plant's works council, Sabine Krüger, said she learned of the decision at the same time as the rest of the staff. "We read about it on the company intranet at 7 in the morning, like everyone else," she told DW. "Nobody in management had the decency to tell us to our faces."
The Industrial Workers' Union (IGA) called the decision "a slap in the face" and announced a protest outside the factory gates for Friday. "We will not accept a closure without a fight," IGA regional head Tobias Hennig said.
Saxony's Economy Minister Frank Albrecht said the state government would "do everything in its power" to find a buyer for the site.
Skip next section Explore more
'We saved it once'
Uwe Bachmann, 54, has worked at the plant for 31 years, most of them on the line that assembles brake calipers. He told DW:
"My father worked here when it was still a state-owned company. After reunification we were told the plant would close, and we saved it by working harder than anyone in the West.
"Now I am 54. Who is going to hire a 54-year-old brake-line fitter in Zwickau? My daughter says I should retrain. In what?"
Economists say the closure is part of a broader shift. "This is the first wave, not the last," said Dr. Ines Pohlmann, an automotive economist at the Institute for Industrial Research in Halle. "Suppliers that built their business around the combustion engine have perhaps five years to find something else to make."
According to industry figures, German auto suppliers have announced more than 40,000 job cuts since the start of last year.
Edited by: Martin Kessel
This article was originally written in German.
Send Facebook X Whatsapp Email""",
    [
        (
            "The transition to electric vehicles has fundamentally changed demand for our products,",
            "Brenntal AG",
            ("the company said", "the company"),
            ("the company said", "said"),
        ),
        (
            "We have examined every alternative.",
            "Brenntal AG",
            ("the company said", "the company"),
            ("the company said", "said"),
        ),
        (
            "We read about it on the company intranet at 7 in the morning, like everyone else,",
            "Sabine Krüger",
            ("she told", "she"),
            "told",
        ),
        (
            "Nobody in management had the decency to tell us to our faces.",
            "Sabine Krüger",
            ("she told", "she"),
            "told",
        ),
        (
            "a slap in the face",
            "Industrial Workers' Union",
            ("The Industrial Workers' Union (IGA) called", "The Industrial Workers' Union"),
            "called",
        ),
        (
            "We will not accept a closure without a fight,",
            "Tobias Hennig",
            "Tobias Hennig",
            ("Hennig said", "said"),
        ),
        (
            "do everything in its power",
            "Frank Albrecht",
            "Frank Albrecht",
            ("Albrecht said", "said"),
        ),
        ("We saved it once", "Uwe Bachmann", None, None),
        (
            "My father worked here when it was still a state-owned company. After reunification we were told the plant would close, and we saved it by working harder than anyone in the West.",
            "Uwe Bachmann",
            ("He told DW", "He"),
            ("He told DW", "told"),
        ),
        (
            "Now I am 54. Who is going to hire a 54-year-old brake-line fitter in Zwickau? My daughter says I should retrain. In what?",
            "Uwe Bachmann",
            ("He told DW", "He"),
            ("He told DW", "told"),
        ),
        (
            "This is the first wave, not the last,",
            "Ines Pohlmann",
            "Dr. Ines Pohlmann",
            ("said Dr.", "said"),
        ),
        (
            "Suppliers that built their business around the combustion engine have perhaps five years to find something else to make.",
            "Ines Pohlmann",
            "Dr. Ines Pohlmann",
            ("said Dr.", "said"),
        ),
    ],
)

article(
    "blind23-en08",
    "en",
    """Rugby: ‘Gutted for him’ - Coastal Bay coach Hemi Walker-Rangi slams selectors over Tane Pohatu snub

By Liam Te Whata
Rugby writer·NZ Herald·
8 Sep, 2026 04:12 PM
3 mins to read

Listen to this article

Coastal Bay coach Hemi Walker-Rangi has lashed out at national selectors after in-form halfback Tane Pohatu was left out of the New Zealand Emerging XV squad named on Monday.
Pohatu, 23, has started every game for Coastal Bay this season and leads the provincial competition in try assists, but was overlooked for two older halfbacks with more experience at Super Rugby level.
“I’m gutted for him. He’s been the best nine in the country for two seasons and everyone in the game knows it,” Walker-Rangi said on Tuesday.
“If there’s a better halfback out there, I’d love someone to show me his highlights reel.”
Pohatu, nicknamed “The Eel” by Coastal Bay fans for his sniping runs around the ruck, was more measured. He said he would “keep my head down and let my rugby do the talking”.
Advertisement
Selection panel convenor Grant McAllister said in a statement that the decision had been a difficult one. “Selection is always a matter of fine margins. Tane is very much in our thinking and we have told him exactly what we want to see from him,” McAllister said.
Asked on the Herald’s Rugby Direct podcast whether he had spoken to the selectors since the announcement, Walker-Rangi said: “I’ve left a couple of messages. Put it that way.”
Coastal Bay Rugby Union chief executive Aroha Tipene said the union “fully backed” its coach. “Hemi says what a lot of people in the province are thinking,” she said.
Walker-Rangi has a history of clashing with officials. He was fined $2000 last season for criticising a referee on social media, and was warned by the union over comments about the competition draw in 2024.
The Emerging XV will play two matches against a Pacific Islands selection in Suva and Apia in November. Coastal Bay host Southland in the quarter-finals on Saturday.
Share this article
Latest from Rugby""",
    [
        ("Gutted for him", "Hemi Walker-Rangi", None, None),
        (
            "I’m gutted for him. He’s been the best nine in the country for two seasons and everyone in the game knows it,",
            "Hemi Walker-Rangi",
            ("Walker-Rangi said on", "Walker-Rangi"),
            ("Walker-Rangi said on", "said"),
        ),
        (
            "If there’s a better halfback out there, I’d love someone to show me his highlights reel.",
            "Hemi Walker-Rangi",
            None,
            None,
        ),
        (
            "keep my head down and let my rugby do the talking",
            "Tane Pohatu",
            ("He said he would", "He"),
            ("He said he would", "said"),
        ),
        (
            "Selection is always a matter of fine margins. Tane is very much in our thinking and we have told him exactly what we want to see from him,",
            "Grant McAllister",
            ("McAllister said.", "McAllister"),
            ("McAllister said.", "said"),
        ),
        (
            "I’ve left a couple of messages. Put it that way.",
            "Hemi Walker-Rangi",
            ("Walker-Rangi said:", "Walker-Rangi"),
            ("Walker-Rangi said:", "said"),
        ),
        ("fully backed", "Aroha Tipene", "Aroha Tipene", ("Tipene said", "said")),
        (
            "Hemi says what a lot of people in the province are thinking,",
            "Aroha Tipene",
            ("she said", "she"),
            ("she said", "said"),
        ),
    ],
    ["The Eel"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind23_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
