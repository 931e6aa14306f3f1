# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind40_en.jsonl: a fortieth blind English quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions and cities aside).
Beats and outlets imitated: a county board approving a data center over residents' objections
(The Atlanta Journal-Constitution: a single-marked headline quote with no cue, "Commission
Chairman Harold Tuggle said before the vote", an inverted "said Tamika Jordan", "She called", an
interrupted quote with "Caldwell said," and an uncued follow-on paragraph, a company statement
given to "a spokesperson" with "said:", an unnamed retired firefighter, a T-shirt slogan in
marks), a minor injuries unit cut to daytime hours (Irish Independent: a headline partial quote
with "warns local GP", a body with its initials in brackets and "what it called", a quote over
two paragraphs closed by "she added", a consultants' letter with "wrote", a Dáil reply, "the
minister told the House", "Mr Kilbride said:" with nested single marks, "A HSE spokeswoman
said:", a campaign name in marks), holdouts in a flood buy-back suburb (Brisbane Times:
present-tense "says" throughout, a headline quote, a lord mayor with "he says", an opposition
councillor, a council spokesman, an unnamed retired electrician, a council flood report that
"states", a nickname in marks), fishers downing nets over licence fees (The Citizen, Tanzania:
straight marks, "said Mr Athumani Kisena", an association with its initials in brackets, an
anonymous fisherman, a council director with "adding", a council letter with "told" and
"warned", "the DC told the fishers", Swahili placards in marks), veteran hawkers facing open
tender (CNA: a headline quote, "told CNA in Mandarin", a town council "in response to CNA's
queries" and its spokesperson, "Mr Ramli said", an MP's Facebook post with "wrote", a partial
quote inside a relative clause, a stall nickname in marks), nurses and a rostering app (Nursing
Times: British single marks with inner double ones, a headline partial quote of a group, a
trust's survey report that "stated", an anonymous ward sister over two paragraphs, a union
officer with "said:", "He added", a chief nurse, a survey free-text answer with "wrote", an
app name, a term and a nickname in marks), a point-to-point course lost to a farm sale (Horse &
Hound: a headline quote after a colon, "told H&H", a company statement, an Instagram post, an
inverted "said Mrs Marchant", a riders' club that "described", an interrupted quote with "its
chairman, Giles Warrender, said,", a course nickname in marks) and a town meeting bond for a
covered bridge (VTDigger: an engineering report that "concluded", "Whitcomb told the room", an
inverted "said Dale Furlong", an unnamed woman who "told the meeting", a moderator who
"reminded the room:", a letter with "wrote", a bridge nickname and a sign in marks). Titles,
names, terms, nicknames and signs in marks are listed as non-quotes. Gold conventions are those
of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind40_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind40-en01",
    "en",
    """‘We were never asked’: Pemberton County residents fume as commissioners OK $1.2B data center

By Denise Whitlock
Updated Feb 3, 2026

Share
Comments (48)

COLSTON — The Pemberton County Board of Commissioners voted 4-1 Monday night to approve a 600-acre data center campus off Old Mill Road, ending a three-hour meeting in which more than 40 residents spoke, nearly all of them against the project.
The developer, Redline Ridge Digital LLC, has promised 220 permanent jobs and an estimated $14 million a year in property taxes once the first two buildings open in 2028.
“This is the single largest investment in the history of this county,” Commission Chairman Harold Tuggle said before the vote. “I understand the concerns. But I was not elected to say no to $14 million a year.”
Residents of the Brook Hollow subdivision, which backs up to the site, said they learned of the project from a rezoning sign zip-tied to a fence in December.
“We were never asked,” said Tamika Jordan, who has lived in Brook Hollow for 11 years. “Not one meeting, not one letter. We found out from a sign.”
Jordan and her neighbors have formed a group, Save Old Mill, and hired an Atlanta land-use attorney. She called Monday’s vote “a done deal dressed up as a hearing.”
The lone dissenting vote came from Commissioner Ruth Ann Caldwell, whose district includes the site. Caldwell said her concern was water.
“These buildings will use up to a million gallons a day in the summer,” Caldwell said, “and nobody from the company has told us where that water is coming from.”
“I’m not against growth. I’m against growth that nobody can explain to me.”
READ MORE: Georgia lawmakers weigh limits on data center tax breaks
In an emailed statement, a spokesperson for Redline Ridge said: “Redline Ridge has designed this campus to be a good neighbor. We will recycle the water we use, and we will pay for any upgrades the county water system needs.”
The company did not respond to follow-up questions about how much water the first phase would draw.
Several speakers wore yellow T-shirts printed with “Data Centers Drink Our Wells.” One of them, a retired firefighter who lives on Old Mill Road and asked that his name not be used because he has relatives who work for the county, said his well sits about 200 feet from the property line.
“If my well goes dry, who do I call? Redline? Harold?” he said. “I know how this goes. Nobody answers.”
Tuggle said the county’s agreement with the developer requires a water study before any building permit is issued, and he told the crowd the board would hold a town hall on the study in the spring.
That did little to settle the room. As commissioners filed out, a few dozen people stood and booed.
Save Old Mill said it plans to appeal the rezoning in Pemberton County Superior Court.
Residents fill the Pemberton County commission chambers Monday night. (Denise Whitlock/AJC)""",
    [
        ("We were never asked", "Tamika Jordan", None, None),
        (
            "This is the single largest investment in the history of this county,",
            "Harold Tuggle",
            "Commission Chairman Harold Tuggle",
            ("Tuggle said before", "said"),
        ),
        (
            "I understand the concerns. But I was not elected to say no to $14 million a year.",
            "Harold Tuggle",
            "Commission Chairman Harold Tuggle",
            ("Tuggle said before", "said"),
        ),
        ("We were never asked,", "Tamika Jordan", "Tamika Jordan", ("said Tamika", "said")),
        (
            "Not one meeting, not one letter. We found out from a sign.",
            "Tamika Jordan",
            "Tamika Jordan",
            ("said Tamika", "said"),
        ),
        ("a done deal dressed up as a hearing.", "Tamika Jordan", ("She called", "She"), "called"),
        (
            "These buildings will use up to a million gallons a day in the summer,",
            "Ruth Ann Caldwell",
            ("Caldwell said, “and", "Caldwell"),
            ("Caldwell said, “and", "said"),
        ),
        (
            "and nobody from the company has told us where that water is coming from.",
            "Ruth Ann Caldwell",
            ("Caldwell said, “and", "Caldwell"),
            ("Caldwell said, “and", "said"),
        ),
        (
            "I’m not against growth. I’m against growth that nobody can explain to me.",
            "Ruth Ann Caldwell",
            None,
            None,
        ),
        (
            "Redline Ridge has designed this campus to be a good neighbor. We will recycle the water we use, and we will pay for any upgrades the county water system needs.",
            "Redline Ridge Digital LLC",
            "a spokesperson for Redline Ridge",
            ("Redline Ridge said:", "said"),
        ),
        (
            "If my well goes dry, who do I call? Redline? Harold?",
            "firefighter",
            ("” he said", "he"),
            ("” he said", "said"),
        ),
        (
            "I know how this goes. Nobody answers.",
            "firefighter",
            ("” he said", "he"),
            ("” he said", "said"),
        ),
    ],
    ["Data Centers Drink Our Wells."],
)

article(
    "blind40-en02",
    "en",
    """Injury unit’s evening closure ‘will cost lives’, warns local GP

HSE blames staffing as Drumcashel unit to shut at 6pm from March

Eilish Corrigan
Health Correspondent
Today at 21:30

St Brigid’s Community Hospital in Drumcashel. Photo: Declan Moran

The Health Service Executive (HSE) has confirmed that the minor injuries unit at St Brigid’s Community Hospital in Drumcashel, Co Longford, will close at 6pm instead of 10pm from March 2, citing what it called “a persistent inability to fill advanced nurse practitioner rosters”.
The unit treated almost 9,000 patients last year, a third of them after 6pm, according to figures released under Freedom of Information.
Dr Fergal Mannion, a GP in the town for 22 years, said the decision would push patients onto dark country roads at night.
“The nearest emergency department is Mullingar, and that is 50 minutes on a good night. After 6pm it becomes a lottery,” he said. “Someone will die on that road, and I don’t say that lightly.”
Bríd Halloran, whose 14-year-old son was treated at the unit for a broken wrist last October, said the staff there were “the best in the county”.
“He came off the trampoline at half seven in the evening. We were in and out in 40 minutes, with the cast on.
“If that happened in March, we’d be sitting in Mullingar until two in the morning. And that’s if we got seen at all,” she added.
Read More
In a letter to regional management seen by the Irish Independent, the three consultants at Mullingar’s emergency department wrote that their department was “already operating well beyond its safe capacity” and could not absorb another unit’s evening patients.
The matter was raised in the Dáil on Tuesday by Longford-Westmeath TD Seán Kilbride (Independent). Replying, Minister of State for Primary Care Orla Nestor said the HSE was “actively recruiting” for the posts.
“I have asked the HSE to come back to me within a month with a plan to restore the evening service,” the minister told the House.
But Mr Kilbride said: “A month is a month too long. People in Drumcashel have been hearing ‘we’re recruiting’ for three years now.”
A campaign group, “Keep Brigid’s Open”, has organised a protest outside the hospital gates on Saturday at noon. Organisers say buses will run from Granard and Edgeworthstown.
A HSE spokeswoman said: “Patient safety is our first priority. Patients who need urgent care after 6pm should contact their out-of-hours GP service or attend the nearest emergency department.”
She said the change would be “kept under review” and that no jobs would be lost.
Dr Mannion was unconvinced. “Under review is where services go to die,” he said.

Sign up for the Irish Independent’s free Health & Wellbeing newsletter

Subscribe""",
    [
        ("will cost lives", "Fergal Mannion", "local GP", "warns"),
        (
            "a persistent inability to fill advanced nurse practitioner rosters",
            "Health Service Executive",
            ("what it called", "it"),
            "called",
        ),
        (
            "The nearest emergency department is Mullingar, and that is 50 minutes on a good night. After 6pm it becomes a lottery,",
            "Fergal Mannion",
            ("lottery,” he said", "he"),
            ("lottery,” he said", "said"),
        ),
        (
            "Someone will die on that road, and I don’t say that lightly.",
            "Fergal Mannion",
            ("lottery,” he said", "he"),
            ("lottery,” he said", "said"),
        ),
        (
            "the best in the county",
            "Bríd Halloran",
            "Bríd Halloran",
            (
                "Bríd Halloran, whose 14-year-old son was treated at the unit for a broken wrist last October, said",
                "said",
            ),
        ),
        (
            "He came off the trampoline at half seven in the evening. We were in and out in 40 minutes, with the cast on.",
            "Bríd Halloran",
            ("she added", "she"),
            "added",
        ),
        (
            "If that happened in March, we’d be sitting in Mullingar until two in the morning. And that’s if we got seen at all,",
            "Bríd Halloran",
            ("she added", "she"),
            "added",
        ),
        (
            "already operating well beyond its safe capacity",
            "consultants",
            "the three consultants",
            "wrote",
        ),
        ("actively recruiting", "Orla Nestor", "Orla Nestor", ("Nestor said", "said")),
        (
            "I have asked the HSE to come back to me within a month with a plan to restore the evening service,",
            "Orla Nestor",
            "the minister",
            "told",
        ),
        (
            "A month is a month too long. People in Drumcashel have been hearing ‘we’re recruiting’ for three years now.",
            "Seán Kilbride",
            "Mr Kilbride",
            ("Kilbride said:", "said"),
        ),
        (
            "Patient safety is our first priority. Patients who need urgent care after 6pm should contact their out-of-hours GP service or attend the nearest emergency department.",
            "Health Service Executive",
            "A HSE spokeswoman",
            ("spokeswoman said:", "said"),
        ),
        (
            "kept under review",
            "Health Service Executive",
            ("She said the change", "She"),
            ("She said the change", "said"),
        ),
        (
            "Under review is where services go to die,",
            "Fergal Mannion",
            ("die,” he said", "he"),
            ("die,” he said", "said"),
        ),
    ],
    ["Keep Brigid’s Open"],
)

article(
    "blind40-en03",
    "en",
    """‘I’m not leaving my mother’s house’: Marlow Vale holdouts push back on flood buy-back

By Jessica Trang
February 9, 2026 — 5.00am

Save
Share
Normal text size Larger text size Very large text size

Three years after the Breakaway Creek flood put two metres of water through her living room, Carmel Viney has been offered $840,000 for her Marlow Vale house. She is not taking it.
“I’m not leaving my mother’s house. She built it in 1961 and it has flooded twice in 65 years,” Viney says, sitting on a back deck that still carries a brown tidemark. “Twice. That’s not a flood zone, that’s bad luck.”
Brisbane City Council’s Voluntary Home Buy-Back Scheme has bought and demolished 212 homes across the city since 2023. In Marlow Vale, the council has made offers on 41 properties in the lowest-lying streets; 29 have accepted.
The remaining owners have started calling themselves “the Dozen”, after a neighbour’s Facebook post that counted them on a street map.
Lord Mayor Adrian Colless says no one will be forced out. “It is voluntary. It says so in the name,” he says. “But I would be failing in my job if I didn’t tell people plainly that the next flood is a matter of when, not if.”
Opposition councillor Rhiannon Pask, whose Calder ward includes the suburb, says the scheme has left “a checkerboard of vacant lots” and that the council has not explained what happens to streets where only a few homes remain.
“You end up with one house, then an empty block, then another house,” Pask says. “Who mows the empty blocks? Who fixes the streetlights when there are four ratepayers left?”
Read more
In a statement, a council spokesman said empty lots would be “returned to parkland and maintained to a high standard”, and that services to remaining homes would continue.
Viney’s neighbour, a retired electrician who asked not to be named, accepted an offer in November and moves out next month.
“I didn’t want to go. Nobody wants to go,” he says. “But my insurance went from $2,100 to $11,000 in two years. That made the decision for me.”
The council’s own flood modelling, released to Brisbane Times under right-to-information laws, rates parts of Marlow Vale as having a one-in-20 chance of flooding in any given year. “Residual risk remains high even with the proposed levee works,” the report states.
Viney has read it. “It’s a model,” she says. “I’ve got 65 years of actual weather.”
Carmel Viney at her Marlow Vale home, which flooded in 2022. Credit: Tom Ferrier""",
    [
        ("I’m not leaving my mother’s house", "Carmel Viney", None, None),
        (
            "I’m not leaving my mother’s house. She built it in 1961 and it has flooded twice in 65 years,",
            "Carmel Viney",
            ("Viney says", "Viney"),
            ("Viney says", "says"),
        ),
        (
            "Twice. That’s not a flood zone, that’s bad luck.",
            "Carmel Viney",
            ("Viney says", "Viney"),
            ("Viney says", "says"),
        ),
        (
            "It is voluntary. It says so in the name,",
            "Adrian Colless",
            ("name,” he says", "he"),
            ("name,” he says", "says"),
        ),
        (
            "But I would be failing in my job if I didn’t tell people plainly that the next flood is a matter of when, not if.",
            "Adrian Colless",
            ("name,” he says", "he"),
            ("name,” he says", "says"),
        ),
        (
            "a checkerboard of vacant lots",
            "Rhiannon Pask",
            "Rhiannon Pask",
            ("suburb, says", "says"),
        ),
        (
            "You end up with one house, then an empty block, then another house,",
            "Rhiannon Pask",
            ("Pask says", "Pask"),
            ("Pask says", "says"),
        ),
        (
            "Who mows the empty blocks? Who fixes the streetlights when there are four ratepayers left?",
            "Rhiannon Pask",
            ("Pask says", "Pask"),
            ("Pask says", "says"),
        ),
        (
            "returned to parkland and maintained to a high standard",
            "Brisbane City Council",
            "a council spokesman",
            ("spokesman said", "said"),
        ),
        (
            "I didn’t want to go. Nobody wants to go,",
            "electrician",
            ("go,” he says", "he"),
            ("go,” he says", "says"),
        ),
        (
            "But my insurance went from $2,100 to $11,000 in two years. That made the decision for me.",
            "electrician",
            ("go,” he says", "he"),
            ("go,” he says", "says"),
        ),
        (
            "Residual risk remains high even with the proposed levee works,",
            "Brisbane City Council",
            ("The council’s own flood modelling", "council"),
            "states",
        ),
        ("It’s a model,", "Carmel Viney", ("she says", "she"), ("she says", "says")),
        (
            "I’ve got 65 years of actual weather.",
            "Carmel Viney",
            ("she says", "she"),
            ("she says", "says"),
        ),
    ],
    ["the Dozen"],
)

article(
    "blind40-en04",
    "en",
    """Fishers down nets over new licence fees in Ilemela

Tuesday, February 10, 2026

By Joseph Mwakalinga

Mwanza. Hundreds of small-scale fishers on the Ilemela shores of Lake Victoria yesterday kept their boats on the beach for a second day, protesting against new licence fees they say will push them out of business.
The fees, introduced this month by the Ilemela District Council, raise the annual cost of a canoe licence from Sh60,000 to Sh250,000 and add a daily landing levy of Sh2,000.
"We are not refusing to pay. We are refusing to be finished," said Mr Athumani Kisena, chairman of the Ilemela Small-Scale Fishers Association (Isfa). "A fisherman who catches nothing still pays the levy. Where is the justice in that?"
Mr Kisena said the association had written to the council twice since December without receiving a reply.
At Kayenze landing site, where about 300 canoes are registered, fishers sat under the trees mending nets. Some carried placards reading "Samaki ni maisha" and "Usituue kwa kodi".
A fisherman who preferred anonymity said he had already borrowed money to pay for fuel. "If I pay the new licence, my children do not go to school this term," he said. "It is that simple."
Fish traders at the landing site said prices in Mwanza town had risen by almost a third since Monday because of the shortage.
The council's director, Ms Rehema Lusinde, said the fees had been approved by the full council after "wide consultation" and were needed to repair landing sites and build a cold room at Kayenze.
"The money collected will come back to the fishers," she said, adding that the council was "open to dialogue".
In a letter dated February 3 and seen by The Citizen, the council told Isfa that the new fees "shall take effect without exception" and warned that boats found operating without a valid licence "will be impounded".
The Ilemela District Commissioner, Mr Gabriel Mushi, yesterday met leaders of the fishers and appealed for calm.
"I have heard you. Go back to the lake tomorrow; we will sit with the council this week and look at these figures again," the DC told the fishers.
But Mr Kisena said his members would not return to the water until the levy was suspended.
"Words are cheap. We want it in writing," he said.
Related stories
Mwanza traders decry new market charges
Lake Victoria fish exports dip as Nile perch stocks fall
Share this story""",
    [
        (
            "We are not refusing to pay. We are refusing to be finished,",
            "Athumani Kisena",
            "Mr Athumani Kisena",
            ("said Mr Athumani", "said"),
        ),
        (
            "A fisherman who catches nothing still pays the levy. Where is the justice in that?",
            "Athumani Kisena",
            "Mr Athumani Kisena",
            ("said Mr Athumani", "said"),
        ),
        (
            "If I pay the new licence, my children do not go to school this term,",
            "fisherman",
            ('term," he said', "he"),
            ('term," he said', "said"),
        ),
        ("It is that simple.", "fisherman", ('term," he said', "he"), ('term," he said', "said")),
        ("wide consultation", "Rehema Lusinde", "Ms Rehema Lusinde", ("Lusinde, said", "said")),
        (
            "The money collected will come back to the fishers,",
            "Rehema Lusinde",
            ("she said, adding", "she"),
            ("she said, adding", "said"),
        ),
        ("open to dialogue", "Rehema Lusinde", ("she said, adding", "she"), "adding"),
        (
            "shall take effect without exception",
            "Ilemela District Council",
            ("the council told Isfa", "the council"),
            "told",
        ),
        (
            "will be impounded",
            "Ilemela District Council",
            ("the council told Isfa", "the council"),
            "warned",
        ),
        (
            "I have heard you. Go back to the lake tomorrow; we will sit with the council this week and look at these figures again,",
            "Gabriel Mushi",
            "the DC",
            ("the DC told", "told"),
        ),
        (
            "Words are cheap. We want it in writing,",
            "Athumani Kisena",
            ('writing," he said', "he"),
            ('writing," he said', "said"),
        ),
    ],
    ["Samaki ni maisha", "Usituue kwa kodi"],
)

article(
    "blind40-en05",
    "en",
    """Nurses at Harlow Fen trust say rostering app leaves them ‘working blind’

11 February, 2026
By Priya Dhaliwal

Staff survey finds half of ward nurses learn of shift changes less than 48 hours in advance

Nurses at Harlow Fen University Hospitals NHS Foundation Trust have said a new electronic rostering system has left them ‘working blind’, with shifts changed at short notice and annual leave requests going missing.
The trust switched all 38 of its inpatient wards to the app, known internally as ‘RotaPoint’, last September.
An internal staff survey, seen by Nursing Times, found that 51% of ward nurses had been told of a change to their shift less than 48 hours beforehand at least once a month since the switch. The trust’s own report on the survey stated that ‘confidence in the accuracy of published rosters is low across all divisions’.
One ward sister, who asked not to be named, told Nursing Times that the system had ‘no idea who actually works on my ward’.
‘It puts a band 5 who started on Monday down as the nurse in charge of a 28-bed ward,’ she said. ‘I spend my Sunday evenings fixing it by hand, and then it changes again.
‘My team used to plan their childcare a month ahead. Now they plan it the night before. People are leaving over this.’
The Royal College of Nursing (RCN) said it had raised the problems with the trust in November. Regional officer Marcus Tebbit said: ‘Rostering is a patient safety issue, not an IT issue. When nurses don’t know when they’re working, wards end up short.’
He added that the RCN would be ‘watching the vacancy figures very closely’ this spring.
Related articles
The trust’s chief nurse, Helen Ashdown, acknowledged that the roll-out had been ‘bumpier than any of us wanted’.
‘We listened, and we have paused any further changes to the system until we have fixed the leave function,’ Ms Ashdown said. ‘I want every nurse here to be able to trust their roster, and right now, I know that not all of them do.’
She said a team of eight ‘roster champions’ – senior nurses released from clinical duties for two days a week – had been appointed to work with wards on the problems.
Not everyone is convinced. A student nurse on placement at the trust posted on a professional forum last week that colleagues now called the app ‘RotaPointless’.
And one healthcare assistant wrote in the survey’s free-text section: ‘I was told “the app decides” when I asked why I had four nights in a row. The app doesn’t have children.’
The trust said it expected the leave function to be fixed by the end of March.

Have your say
You must sign in to make a comment""",
    [
        ("working blind", "nurses", "Nurses at Harlow Fen trust", "say"),
        (
            "working blind",
            "nurses",
            "Nurses at Harlow Fen University Hospitals NHS Foundation Trust",
            "have said",
        ),
        (
            "confidence in the accuracy of published rosters is low across all divisions",
            "Harlow Fen University Hospitals NHS Foundation Trust",
            ("The trust’s own report", "The trust"),
            "stated",
        ),
        ("no idea who actually works on my ward", "sister", "One ward sister", "told"),
        (
            "It puts a band 5 who started on Monday down as the nurse in charge of a 28-bed ward,",
            "sister",
            ("ward,’ she said", "she"),
            ("ward,’ she said", "said"),
        ),
        (
            "I spend my Sunday evenings fixing it by hand, and then it changes again.",
            "sister",
            ("ward,’ she said", "she"),
            ("ward,’ she said", "said"),
        ),
        (
            "My team used to plan their childcare a month ahead. Now they plan it the night before. People are leaving over this.",
            "sister",
            ("ward,’ she said", "she"),
            ("ward,’ she said", "said"),
        ),
        (
            "Rostering is a patient safety issue, not an IT issue. When nurses don’t know when they’re working, wards end up short.",
            "Marcus Tebbit",
            "Marcus Tebbit",
            ("Tebbit said:", "said"),
        ),
        ("watching the vacancy figures very closely", "Marcus Tebbit", ("He added", "He"), "added"),
        ("bumpier than any of us wanted", "Helen Ashdown", "Helen Ashdown", "acknowledged"),
        (
            "We listened, and we have paused any further changes to the system until we have fixed the leave function,",
            "Helen Ashdown",
            "Ms Ashdown",
            ("Ashdown said", "said"),
        ),
        (
            "I want every nurse here to be able to trust their roster, and right now, I know that not all of them do.",
            "Helen Ashdown",
            "Ms Ashdown",
            ("Ashdown said", "said"),
        ),
        (
            "I was told “the app decides” when I asked why I had four nights in a row. The app doesn’t have children.",
            "healthcare assistant",
            "one healthcare assistant",
            "wrote",
        ),
    ],
    ["RotaPoint", "roster champions", "RotaPointless"],
)

article(
    "blind40-en06",
    "en",
    """“Forty years, and now I have to bid like a stranger”: Veteran hawkers at Jalan Serunai Food Centre face open tender

SINGAPORE: For 41 years, Mdm Koh Siew Lan has fried carrot cake at stall #01-17 of Jalan Serunai Food Centre. Her stall’s lease runs out in June, and for the first time, she will have to compete for it.
Under new rules announced by the Serunai-Kembangan Town Council in December, stalls whose original tenants are retiring or whose leases are expiring will go to open tender instead of being passed to family members.
Bookmark
Share
“Forty years, and now I have to bid like a stranger,” Mdm Koh, 72, told CNA in Mandarin on Tuesday (Feb 10). “My son has worked beside me since he was 16. He knows the recipe. Why must he start from zero?”
Her son, Mr Tan Wei Jie, 44, said the family had calculated that they could afford to bid up to S$2,800 a month in rent.
“Some of the new bidders offer five, six thousand,” he said. “Then they sell a plate for S$9. The aunties who eat here cannot pay that.”
The town council said in response to CNA’s queries that the change was meant to “give young hawkers a fair chance” at a popular centre where vacancies are rare. Applications would be assessed on both price and quality, it added.
“Tender prices are only one of several criteria. We will also look at the applicant’s experience, menu and pricing plan,” a town council spokesperson said.
At least nine of the centre’s 64 stalls are affected this year.
Among them is Mr Ramli Hassan, 66, whose nasi padang stall is known to regulars as “the green stall” for its painted shutters. He said he had not decided whether to take part in the tender.
“I am tired, but I am not ready to close. If my nephew must bid, he will bid,” Mr Ramli said.
Member of Parliament for the area, Dr Kevin Soh, wrote in a Facebook post on Wednesday that he had asked the town council to “pause and review” the rule for family successors.
“Our hawker centres are not just real estate. The stalls are where neighbours meet, where memories are made, where recipes are passed from one generation to the next,” he wrote.
Regular customer Mr Lim Chee Keong, 58, who has eaten Mdm Koh’s carrot cake “at least once a week since 1990”, said the centre would not be the same.
The tender closes on Mar 20.
Source: CNA/ks(jo)""",
    [
        ("Forty years, and now I have to bid like a stranger", "Koh Siew Lan", None, None),
        (
            "Forty years, and now I have to bid like a stranger,",
            "Koh Siew Lan",
            "Mdm Koh",
            "told",
        ),
        (
            "My son has worked beside me since he was 16. He knows the recipe. Why must he start from zero?",
            "Koh Siew Lan",
            "Mdm Koh",
            "told",
        ),
        (
            "Some of the new bidders offer five, six thousand,",
            "Tan Wei Jie",
            ("thousand,” he said", "he"),
            ("thousand,” he said", "said"),
        ),
        (
            "Then they sell a plate for S$9. The aunties who eat here cannot pay that.",
            "Tan Wei Jie",
            ("thousand,” he said", "he"),
            ("thousand,” he said", "said"),
        ),
        (
            "give young hawkers a fair chance",
            "Serunai-Kembangan Town Council",
            ("The town council said in response", "The town council"),
            ("The town council said in response", "said"),
        ),
        (
            "Tender prices are only one of several criteria. We will also look at the applicant’s experience, menu and pricing plan,",
            "Serunai-Kembangan Town Council",
            "a town council spokesperson",
            ("spokesperson said", "said"),
        ),
        (
            "I am tired, but I am not ready to close. If my nephew must bid, he will bid,",
            "Ramli Hassan",
            ("Mr Ramli said", "Mr Ramli"),
            ("Mr Ramli said", "said"),
        ),
        ("pause and review", "Kevin Soh", "Dr Kevin Soh", "wrote"),
        (
            "Our hawker centres are not just real estate. The stalls are where neighbours meet, where memories are made, where recipes are passed from one generation to the next,",
            "Kevin Soh",
            ("he wrote", "he"),
            ("he wrote", "wrote"),
        ),
        (
            "at least once a week since 1990",
            "Lim Chee Keong",
            "Mr Lim Chee Keong",
            ("1990”, said", "said"),
        ),
    ],
    ["the green stall"],
)

article(
    "blind40-en07",
    "en",
    """Point-to-point course loses its spring fixtures after farm sale: “It’s the end of 70 years of racing here”

Horse & Hound
Eleanor Pryce
12 February 2026

Racing at Cobbett’s Hill in Wiltshire, pictured in 2024. Credit: Alamy

One of the south-west’s best-loved point-to-point courses will stage no racing this spring after the farm it runs across was sold to a new owner who has declined to renew the lease.
Cobbett’s Hill, near Marden Cross, has hosted the Vale of Pewsham Hunt’s point-to-point every Easter Monday since 1956. Its two fixtures this season, in March and April, have been cancelled.
“It’s the end of 70 years of racing here, and I don’t think people have taken that in yet,” clerk of the course Robin Ashcombe told H&H. “We’ve lost courses before in this part of the world, but never one like this.”
The course, which locals have long called “the little Cheltenham” for its natural grandstand bank, drew crowds of up to 4,000 on bank holidays.
Mr Ashcombe said the committee had offered the new owners, Hartmoor Estates, a higher rent and full insurance cover.
“They were very polite,” he said. “They just don’t want horses on the land.”
Hartmoor Estates said in a statement that it intended to return the fields to arable production and that “no disrespect is intended to the hunt or the racing community”.
Trainer Sophie Lanyon, who has saddled more than 40 winners at Cobbett’s Hill, said the loss would hit young riders hardest.
“This is where you learn,” she said. “Cobbett’s isn’t fast and it isn’t easy — there’s that drop after the third-last that catches everybody out once. If you can ride round there, you can ride anywhere.”
Her 19-year-old daughter Martha, who rode her first winner there last year, posted on Instagram: “Gutted doesn’t even cover it. Thank you Cobbett’s for everything x”.
The hunt’s point-to-point secretary, Jill Marchant, said the committee was looking at two alternative sites but that neither could be ready before 2027.
“A course isn’t something you can put up in a weekend,” said Mrs Marchant. “You need drainage, you need the fences built and inspected, you need the landowner to be with you for the long haul.”
Don’t miss H&H’s point-to-point coverage, with reports and results from every fixture
The Point-to-Point Owners and Riders Club described the loss as “a real blow” to the sport in the region and urged landowners to get in touch if they could host a fixture.
“The pool of courses is shrinking every year,” its chairman, Giles Warrender, said, “and every one we lose is very hard to get back.”
Subscribe to Horse & Hound magazine and get the best news and features delivered to your door""",
    [
        ("It’s the end of 70 years of racing here", "Robin Ashcombe", None, None),
        (
            "It’s the end of 70 years of racing here, and I don’t think people have taken that in yet,",
            "Robin Ashcombe",
            "Robin Ashcombe",
            "told",
        ),
        (
            "We’ve lost courses before in this part of the world, but never one like this.",
            "Robin Ashcombe",
            "Robin Ashcombe",
            "told",
        ),
        (
            "They were very polite,",
            "Robin Ashcombe",
            ("polite,” he said", "he"),
            ("polite,” he said", "said"),
        ),
        (
            "They just don’t want horses on the land.",
            "Robin Ashcombe",
            ("polite,” he said", "he"),
            ("polite,” he said", "said"),
        ),
        (
            "no disrespect is intended to the hunt or the racing community",
            "Hartmoor Estates",
            ("Hartmoor Estates said in a statement", "Hartmoor Estates"),
            ("Hartmoor Estates said in a statement", "said"),
        ),
        (
            "This is where you learn,",
            "Sophie Lanyon",
            ("learn,” she said", "she"),
            ("learn,” she said", "said"),
        ),
        (
            "Cobbett’s isn’t fast and it isn’t easy — there’s that drop after the third-last that catches everybody out once. If you can ride round there, you can ride anywhere.",
            "Sophie Lanyon",
            ("learn,” she said", "she"),
            ("learn,” she said", "said"),
        ),
        (
            "Gutted doesn’t even cover it. Thank you Cobbett’s for everything x",
            "Martha Lanyon",
            "Martha",
            "posted",
        ),
        (
            "A course isn’t something you can put up in a weekend,",
            "Jill Marchant",
            "Mrs Marchant",
            ("said Mrs Marchant", "said"),
        ),
        (
            "You need drainage, you need the fences built and inspected, you need the landowner to be with you for the long haul.",
            "Jill Marchant",
            "Mrs Marchant",
            ("said Mrs Marchant", "said"),
        ),
        (
            "a real blow",
            "Point-to-Point Owners and Riders Club",
            "The Point-to-Point Owners and Riders Club",
            "described",
        ),
        (
            "The pool of courses is shrinking every year,",
            "Giles Warrender",
            "Giles Warrender",
            ("Warrender, said", "said"),
        ),
        (
            "and every one we lose is very hard to get back.",
            "Giles Warrender",
            "Giles Warrender",
            ("Warrender, said", "said"),
        ),
    ],
    ["the little Cheltenham"],
)

article(
    "blind40-en08",
    "en",
    """East Pellham voters narrowly back $2.4M bond to save the ‘Kissing Bridge’

By Colin Marsh
March 4, 2026, 6:12 pm

EAST PELLHAM — After nearly two hours of debate on the floor of the town hall Tuesday, East Pellham voters approved a $2.4 million bond to rehabilitate the town’s 1872 covered bridge over the Saxtons River, 212 to 197.
The single-lane Dunmore Bridge, known to generations of teenagers as the “Kissing Bridge,” has been closed to vehicles since an inspection in 2024 found rot in two of its lower chords.
Selectboard Chair Anne Whitcomb opened the debate by reading from the engineering report the town commissioned last year from Hollis & Drew Engineers. The bridge, the report concluded, “cannot safely carry traffic in its present condition and will continue to deteriorate.”
“We can fix it, or we can watch it fall in the river,” Whitcomb told the room. “Those are the choices. There isn’t a cheap third one.”
Opponents argued that the town of roughly 1,300 people could not afford the bond, which will add an estimated $118 a year to the tax bill on a $300,000 home.
“I love that bridge. I proposed to my wife on that bridge,” said Dale Furlong, a dairy farmer from the north end of town. “But I’m not going to vote to put my neighbors out of their homes for it.”
Furlong proposed amending the article to a $600,000 repair that would reopen the bridge to pedestrians only. The amendment failed on a voice vote.
Related: Windham County towns brace for steep school budget increases
Several speakers said the bridge was worth more than its traffic count. One woman, who said she had moved to town from Connecticut four years ago, told the meeting the bridge was “the reason half of us live here.”
Moderator Pete Gaudette had to call for order twice, and at one point reminded the room: “We speak to the moderator, not to each other.”
The Windham Regional Bridge Trust has pledged $400,000 toward the project if the town raised the rest. In a letter read aloud at the meeting, the trust’s director, Lorna Keyes, wrote that the Dunmore Bridge was “one of perhaps a dozen of its type left in New England.”
Whitcomb said after the vote that work would not begin before 2027.
“It was close, and I respect the people who voted no,” she said. “They’re going to be watching how we spend every dollar, and they should.”
Outside, a hand-lettered sign that had hung on the bridge rail for months — “Save Our Span” — had already been taken down by someone.
Did we miss something? Tell us.
Share this:
Facebook
Email""",
    [
        (
            "cannot safely carry traffic in its present condition and will continue to deteriorate.",
            "Hollis & Drew Engineers",
            "Hollis & Drew Engineers",
            "concluded",
        ),
        (
            "We can fix it, or we can watch it fall in the river,",
            "Anne Whitcomb",
            ("Whitcomb told the room", "Whitcomb"),
            ("Whitcomb told the room", "told"),
        ),
        (
            "Those are the choices. There isn’t a cheap third one.",
            "Anne Whitcomb",
            ("Whitcomb told the room", "Whitcomb"),
            ("Whitcomb told the room", "told"),
        ),
        (
            "I love that bridge. I proposed to my wife on that bridge,",
            "Dale Furlong",
            "Dale Furlong",
            ("said Dale", "said"),
        ),
        (
            "But I’m not going to vote to put my neighbors out of their homes for it.",
            "Dale Furlong",
            "Dale Furlong",
            ("said Dale", "said"),
        ),
        ("the reason half of us live here.", "woman", "One woman", ("told the meeting", "told")),
        (
            "We speak to the moderator, not to each other.",
            "Pete Gaudette",
            "Moderator Pete Gaudette",
            "reminded",
        ),
        (
            "one of perhaps a dozen of its type left in New England.",
            "Lorna Keyes",
            "Lorna Keyes",
            ("Keyes, wrote", "wrote"),
        ),
        (
            "It was close, and I respect the people who voted no,",
            "Anne Whitcomb",
            ("no,” she said", "she"),
            ("no,” she said", "said"),
        ),
        (
            "They’re going to be watching how we spend every dollar, and they should.",
            "Anne Whitcomb",
            ("no,” she said", "she"),
            ("no,” she said", "said"),
        ),
    ],
    ["Kissing Bridge", "Kissing Bridge,", "Save Our Span"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind40_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
