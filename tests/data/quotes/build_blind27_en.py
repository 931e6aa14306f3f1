# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind27_en.jsonl: a twenty-seventh blind English quotation set (written for depeche, CC0).

Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries and cities aside). Beats and
outlets imitated: a nightclub fire-exit trial (The Irish Times: a headline quote in curly single
marks with a cue, a dek, ages in brackets, a follow-on paragraph, a cross-examination with uncued
turns, a fire authority's report, a victim statement with a nested thought), bus cancellations
from a driver shortage (The West Australian: straight marks, a quote in the dek, Mr/Ms/Dr without
points, a union with its initials in brackets, an agency spokeswoman, "Camera Icon" photo
residue), a board exam paper leak (Hindustan Times: a headline quote in straight single marks,
"alleged", an X post, an invigilator's words nested in straight single marks, an unnamed
lecturer), a dengue surge in hospitals (The Express Tribune: straight marks, a doctor "requesting
anonymity", a father's testimony with a nested quote, a campaign name in single marks), ice
acoustics on a lake (a US public radio member station: present-tense "says", a scare quote in
the headline, a journal paper, a sheriff's office, a multi-paragraph quote with a nested saying),
an off-plan developer's two-year delay (Khaleej Times: straight marks with apostrophes and inner
single quotes, an email quoted as a document, a regulator's circular, a buyer known by a first
name, a marketing slogan), a shuttler dropped from a national squad (The Jakarta Post: Indonesian
names used by given name, a mononymous coach, an Instagram post, an interrupted quote, a hashtag
translation in marks) and a borough pedestrian-street vote (Montreal Gazette: a headline quote, a
quote said in French, "Article content" residue, a nested quote, a petition title).
Slogans, campaign names, petition titles, scare quotes and translations in marks are listed as
non-quotes. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind27_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind27-en01",
    "en",
    """Nightclub owner tells court he ‘had no idea’ fire exit was chained on night of crush

Declan Furlong (54) denies six charges over incident at Waterford venue in which 14 people were injured

Eimear Dowling
Tue Mar 11 2025 - 17:42

The owner of a Waterford nightclub where 14 people were injured in a crush has told a jury he “had no idea” that one of the venue’s fire exits had been chained shut on the night.
Declan Furlong (54), of Ballinakill Road, Waterford, has pleaded not guilty at Waterford Circuit Criminal Court to six charges under fire safety legislation arising from the incident at the Lantern Rooms on Merchant’s Quay on February 17th, 2023. The charges followed an investigation by the Suir Valley Fire and Rescue Authority.
Giving evidence in his own defence on Tuesday, Mr Furlong said he had walked the building “maybe an hour” before the doors opened. “Every exit was open. I checked them myself, the way I did every Friday,” he told the court.
“If I had known that door was chained, I would have shut the place down myself.”
Find The Irish Times on WhatsApp and stay up to date
Under cross-examination, Conor Mac Giolla SC, for the prosecution, said firefighters had found a chain and padlock on the inside of the rear exit.
“Who put it there, Mr Furlong?” counsel asked.
“I don’t know,” the witness replied. “I have asked myself that every day since.”
“You were the only keyholder, were you not?”
“No. The head of security had a set as well.”
The jury has heard that the former head of security, Anthony Keane, has since moved to Australia and has not made a statement to investigators.
Earlier in the trial, Station Officer Gráinne Tobin told the court the chain was “heavy duty, the kind you would put on a farm gate”. When her crew reached the rear door, she said, “people were stacked against it three and four deep, and the ones at the front couldn’t breathe”.
A report by the fire authority, read to the jury last week, described the venue’s evacuation plan as “out of date and, in places, fictional”. It said staff had received no fire training in the two years before the crush.
Mr Furlong’s counsel, Siobhán Devereux SC, told the jury in her opening speech that her client was “not a careless man but an unlucky one”, and that the prosecution had “built a case around a padlock nobody can explain”.
One of the injured, a 22-year-old student who cannot be named, said in a statement read to the court last month that she still could not stand in a crowded room. “I was pressed against that door for what felt like an hour. I remember thinking, ‘This is where I die.’ I still wake up with the sound of people banging on the metal.”
Judge Orla Cashin told jurors they would begin their deliberations on Thursday. She warned them not to “go looking things up on the internet” about the case.
The trial continues.
Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone""",
    [
        ("had no idea", "Declan Furlong", "Nightclub owner", ("tells court", "tells")),
        (
            "had no idea",
            "Declan Furlong",
            "The owner of a Waterford nightclub",
            "has told",
        ),
        ("maybe an hour", "Declan Furlong", "Mr Furlong", ("Mr Furlong said", "said")),
        (
            "Every exit was open. I checked them myself, the way I did every Friday,",
            "Declan Furlong",
            ("he told the court", "he"),
            ("he told the court", "told"),
        ),
        (
            "If I had known that door was chained, I would have shut the place down myself.",
            "Declan Furlong",
            None,
            None,
        ),
        (
            "Who put it there, Mr Furlong?",
            "Conor Mac Giolla",
            ("counsel asked", "counsel"),
            "asked",
        ),
        ("I don’t know,", "Declan Furlong", "the witness", "replied"),
        ("I have asked myself that every day since.", "Declan Furlong", "the witness", "replied"),
        ("You were the only keyholder, were you not?", "Conor Mac Giolla", None, None),
        ("No. The head of security had a set as well.", "Declan Furlong", None, None),
        (
            "heavy duty, the kind you would put on a farm gate",
            "Gráinne Tobin",
            "Station Officer Gráinne Tobin",
            ("Tobin told", "told"),
        ),
        (
            "people were stacked against it three and four deep, and the ones at the front couldn’t breathe",
            "Gráinne Tobin",
            ("she said,", "she"),
            ("she said,", "said"),
        ),
        (
            "out of date and, in places, fictional",
            "Suir Valley Fire and Rescue Authority",
            ("A report by the fire authority", "the fire authority"),
            "described",
        ),
        (
            "not a careless man but an unlucky one",
            "Siobhán Devereux",
            "Siobhán Devereux",
            ("Devereux SC, told", "told"),
        ),
        (
            "built a case around a padlock nobody can explain",
            "Siobhán Devereux",
            "Siobhán Devereux",
            ("Devereux SC, told", "told"),
        ),
        (
            "I was pressed against that door for what felt like an hour. I remember thinking, ‘This is where I die.’ I still wake up with the sound of people banging on the metal.",
            "student",
            "a 22-year-old student",
            ("cannot be named, said", "said"),
        ),
        ("go looking things up on the internet", "Orla Cashin", ("She warned", "She"), "warned"),
    ],
)

article(
    "blind27-en02",
    "en",
    """Perth bus cancellations hit record as driver shortage bites

Almost 1,900 services axed in a single month, with commuters in the outer suburbs hardest hit. "We're being treated like second-class passengers," says one Ellenbrook mum.

Daniel Merrifield
The West Australian
Sun, 6 April 2025 4:00AM

Perth's bus network cancelled a record 1,874 services in March as a chronic shortage of drivers left depots unable to fill shifts, figures obtained by The West Australian show.
The numbers, released under freedom of information laws, show cancellations have more than tripled in a year, with routes in the northern and south-eastern suburbs worst affected.
Ellenbrook mother of three Tash Kowalczyk said she had been left stranded at her stop four times in a fortnight.
"We're being treated like second-class passengers," she said. "The app says the bus is coming, then it just vanishes off the screen. I've had to ring my boss from the side of the road twice now."
Camera IconCommuters wait at the Ellenbrook bus interchange. Credit: Ross Tallis/The West Australian
Westlink Transit, the State Government agency that runs the network, confirmed the figures but said recruitment was "starting to turn the corner".
"We have 96 trainee drivers currently going through our academy, and we expect most of them to be on the road by the end of winter," a Westlink Transit spokeswoman said.
Transport Minister Kerry-Anne Marsh said the shortage was "not unique to WA" and blamed a national shortage of heavy-vehicle licence holders.
"Every state is fighting over the same pool of drivers," Ms Marsh said. "What we're doing — paying trainees from day one, bringing in a sign-on bonus — is working. It just takes time to get someone safely behind the wheel of a 12-tonne bus."
But the Bus and Rail Employees Association (BREA), which represents about 1,400 drivers, says the agency is losing experienced staff faster than it can train new ones.
BREA secretary Mick Tarrant said drivers were quitting over split shifts and abuse from passengers.
"You can pay someone a bonus to walk in the front door," he said. "If you don't fix the rosters, they'll walk straight out the back."
Get the latest news from thewest.com.au in your inbox.
Sign up for our emails
Opposition transport spokesman Ben Huxley said the Government had been warned a year ago. He pointed to a 2024 Westlink Transit briefing to the minister, which described the driver pipeline as "critically thin", and said Ms Marsh had "sat on it".
Harbourview University transport researcher Dr Anjali Rao said cancellations did more damage to public transport than any fare rise.
"When a service doesn't turn up, you don't just lose that trip. People buy a second car and you lose them for years," Dr Rao said.
Asked when cancellations would return to normal levels, Ms Marsh would not give a date.
"I'm not going to stand here and make a promise I can't guarantee. I'll say this: it will be better in six months than it is today."
Camera IconThe driver academy in Welshpool. Credit: Supplied""",
    [
        (
            "We're being treated like second-class passengers,",
            "Tash Kowalczyk",
            "one Ellenbrook mum",
            ("says one", "says"),
        ),
        (
            "We're being treated like second-class passengers,",
            "Tash Kowalczyk",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "The app says the bus is coming, then it just vanishes off the screen. I've had to ring my boss from the side of the road twice now.",
            "Tash Kowalczyk",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "starting to turn the corner",
            "Westlink Transit",
            ("Westlink Transit, the State", "Westlink Transit"),
            ("but said", "said"),
        ),
        (
            "We have 96 trainee drivers currently going through our academy, and we expect most of them to be on the road by the end of winter,",
            "Westlink Transit",
            "a Westlink Transit spokeswoman",
            ("spokeswoman said", "said"),
        ),
        ("not unique to WA", "Kerry-Anne Marsh", "Kerry-Anne Marsh", ("Marsh said the", "said")),
        (
            "Every state is fighting over the same pool of drivers,",
            "Kerry-Anne Marsh",
            ("Ms Marsh said", "Ms Marsh"),
            ("Ms Marsh said", "said"),
        ),
        (
            "What we're doing — paying trainees from day one, bringing in a sign-on bonus — is working. It just takes time to get someone safely behind the wheel of a 12-tonne bus.",
            "Kerry-Anne Marsh",
            ("Ms Marsh said", "Ms Marsh"),
            ("Ms Marsh said", "said"),
        ),
        (
            "You can pay someone a bonus to walk in the front door,",
            "Mick Tarrant",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "If you don't fix the rosters, they'll walk straight out the back.",
            "Mick Tarrant",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "critically thin",
            "Westlink Transit",
            ("2024 Westlink Transit briefing", "Westlink Transit"),
            "described",
        ),
        ("sat on it", "Ben Huxley", ("He pointed", "He"), ("and said Ms Marsh", "said")),
        (
            "When a service doesn't turn up, you don't just lose that trip. People buy a second car and you lose them for years,",
            "Anjali Rao",
            "Dr Rao",
            ("Dr Rao said", "said"),
        ),
        (
            "I'm not going to stand here and make a promise I can't guarantee. I'll say this: it will be better in six months than it is today.",
            "Kerry-Anne Marsh",
            None,
            None,
        ),
    ],
)

article(
    "blind27-en03",
    "en",
    """'Months of preparation wasted': Class 12 chemistry exam cancelled after paper leak in Rajasthan

The board said a fresh date would be announced within a week; police have detained three people, including a printing press employee

By Nandini Rathore, Jaipur
Updated on Mar 19, 2025 10:41 PM IST

The State Board of School Examinations (SBSE) on Wednesday cancelled the Class 12 chemistry examination across Rajasthan after the question paper was found circulating on messaging apps nearly two hours before the exam began, officials said.
Around 2.1 lakh students were to appear for the paper at 1,460 centres. The board said a fresh date would be announced "within seven days" and that the new paper would be printed "under a completely different chain of custody".
"The sanctity of the examination has been compromised and we cannot allow even one student to gain an unfair advantage," SBSE chairperson Meenakshi Bhargava told reporters in Ajmer. "I understand the anger of students and parents. I share it."
Jaipur police commissioner Rakesh Solanki said three people, including an employee of a private printing press in Sanganer, had been detained. "Preliminary questioning suggests the paper was photographed inside the press on Tuesday night and sold through a Telegram group for ₹15,000 a copy," Solanki said. "We are tracing everyone who paid."
A senior police officer, who asked not to be named, alleged that the group had "at least 300 members" and that some coaching centre staff were among them.
Also Read | Rajasthan: Board to install CCTV at all 38 printing units after leak
At a centre in Jaipur's Malviya Nagar, students learnt of the cancellation only after they had been seated. "They took our admit cards, made us sit, and then an invigilator just came in and said 'Go home, paper cancelled'," said Kunal Meena, 17. "Months of preparation wasted for what? For someone's ₹15,000?"
Rekha Agarwal, president of the Rajasthan Abhibhavak Sangh, a parents' body, demanded that the board compensate families for travel costs and said the leak was "not the first and will not be the last" unless the board overhauled its printing system.
Leader of Opposition Hemant Dhakad posted on X: "Third leak in two years. The education minister should stop giving speeches and start giving answers."
Education minister Suresh Lamba said the state would bring a law with "stringent punishment" for paper leaks in the coming session of the assembly. "Whoever is involved, however big, will go to jail. This is my guarantee," he said.
The board has asked students to keep checking its official website and not to trust "messages forwarded on WhatsApp".
Teachers, however, pointed to a deeper problem. "Children are now preparing for the leak, not the exam," said a chemistry lecturer at a government school in Tonk, who did not wish to be identified. "That is what frightens me."
Get Current Updates on India News, Education News, Board Exam Results along with Latest News and Top Headlines from India and around the world.""",
    [
        ("Months of preparation wasted", "Kunal Meena", None, None),
        (
            "within seven days",
            "State Board of School Examinations",
            ('The board said a fresh date would be announced "', "The board"),
            ('The board said a fresh date would be announced "', "said"),
        ),
        (
            "under a completely different chain of custody",
            "State Board of School Examinations",
            ('The board said a fresh date would be announced "', "The board"),
            ('The board said a fresh date would be announced "', "said"),
        ),
        (
            "The sanctity of the examination has been compromised and we cannot allow even one student to gain an unfair advantage,",
            "Meenakshi Bhargava",
            "Meenakshi Bhargava",
            "told",
        ),
        (
            "I understand the anger of students and parents. I share it.",
            "Meenakshi Bhargava",
            "Meenakshi Bhargava",
            "told",
        ),
        (
            "Preliminary questioning suggests the paper was photographed inside the press on Tuesday night and sold through a Telegram group for ₹15,000 a copy,",
            "Rakesh Solanki",
            ("Solanki said", "Solanki"),
            ("Solanki said", "said"),
        ),
        (
            "We are tracing everyone who paid.",
            "Rakesh Solanki",
            ("Solanki said", "Solanki"),
            ("Solanki said", "said"),
        ),
        ("at least 300 members", "senior police officer", "A senior police officer", "alleged"),
        (
            "They took our admit cards, made us sit, and then an invigilator just came in and said 'Go home, paper cancelled',",
            "Kunal Meena",
            "Kunal Meena",
            ("said Kunal Meena", "said"),
        ),
        (
            "Months of preparation wasted for what? For someone's ₹15,000?",
            "Kunal Meena",
            "Kunal Meena",
            ("said Kunal Meena", "said"),
        ),
        (
            "not the first and will not be the last",
            "Rekha Agarwal",
            "Rekha Agarwal",
            ("and said the leak", "said"),
        ),
        (
            "Third leak in two years. The education minister should stop giving speeches and start giving answers.",
            "Hemant Dhakad",
            "Hemant Dhakad",
            "posted",
        ),
        ("stringent punishment", "Suresh Lamba", "Suresh Lamba", ("Lamba said", "said")),
        (
            "Whoever is involved, however big, will go to jail. This is my guarantee,",
            "Suresh Lamba",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "messages forwarded on WhatsApp",
            "State Board of School Examinations",
            ("The board has asked", "The board"),
            "has asked",
        ),
        (
            "Children are now preparing for the leak, not the exam,",
            "chemistry lecturer",
            "a chemistry lecturer",
            ("said a chemistry", "said"),
        ),
        (
            "That is what frightens me.",
            "chemistry lecturer",
            "a chemistry lecturer",
            ("said a chemistry", "said"),
        ),
    ],
)

article(
    "blind27-en04",
    "en",
    """Dengue cases cross 2,000 in Rawalpindi as hospitals run short of beds

Surveillance teams found larvae at more than 11,000 locations in a single week

Our Correspondent
October 03, 2025

RAWALPINDI:
The number of dengue patients in Rawalpindi district crossed 2,000 on Thursday, with 87 new cases reported in 24 hours, as the city's public hospitals struggled to find beds for patients.
According to figures issued by the district health authority, 11,284 locations were found to contain dengue larvae during surveillance last week, most of them in residential areas of Dhok Hassu, Dhoke Kala Khan and Saddar.
District health officer Dr Farrukh Iqbal said the situation was "serious but under control". He maintained that the surge was linked to the late monsoon spell. "Water is standing on rooftops, in tyres, in flower pots. The mosquito does not need a swamp, it needs a bottle cap," Dr Iqbal said.
At Rawal General Hospital, the dengue ward designed for 60 patients was treating 143 on Thursday, with two patients to a bed in some cases. A senior doctor at the hospital, requesting anonymity, said platelets were "running out by the afternoon" and that staff had been working double shifts for a fortnight.
"We are not complaining about the work. We are complaining that nobody listened in August when we asked for more nurses," the doctor said.
Muhammad Arshad, whose 11-year-old son was admitted on Monday, said he had gone to three hospitals before finding a bed.
"At the first hospital they told me, 'Come back tomorrow, there is no space.' Tomorrow? His fever was 104," he said. "I paid Rs6,000 for a private test because the government lab had a queue till evening."
Read: Punjab launches 'Saaf Ghar, Mehfooz Ghar' drive against dengue
The Punjab Dengue Response Cell, in a statement, said additional beds had been set up at two tehsil hospitals and that "no patient will be turned away". It said fumigation had been carried out in 42 union councils.
Residents of several localities, however, claimed the fumigation teams had not been seen in weeks. "They come to the main road, take pictures and leave," said Shazia Bibi, a resident of Dhok Hassu. "The streets inside have never seen them."
Public health expert Dr Sana Mirza, who teaches at a medical college in Islamabad, warned that the peak was yet to come. "Historically, Rawalpindi's cases peak in the last two weeks of October. If we are at 2,000 now, we should be preparing for double," she told The Express Tribune.
She urged citizens to use repellents and cover water containers, saying the "single most effective thing" any household could do was to "empty, scrub and cover" every container once a week.
Published in The Express Tribune, October 3rd, 2025.
Like Pakistan on Facebook, follow @TribunePakistan on Twitter to stay informed and join in the conversation.""",
    [
        (
            "serious but under control",
            "Farrukh Iqbal",
            "Dr Farrukh Iqbal",
            ("Iqbal said the", "said"),
        ),
        (
            "Water is standing on rooftops, in tyres, in flower pots. The mosquito does not need a swamp, it needs a bottle cap,",
            "Farrukh Iqbal",
            "Dr Iqbal",
            ("Dr Iqbal said", "said"),
        ),
        (
            "running out by the afternoon",
            "senior doctor",
            "A senior doctor at the hospital",
            ("requesting anonymity, said", "said"),
        ),
        (
            "We are not complaining about the work. We are complaining that nobody listened in August when we asked for more nurses,",
            "senior doctor",
            "the doctor",
            ("the doctor said", "said"),
        ),
        (
            "At the first hospital they told me, 'Come back tomorrow, there is no space.' Tomorrow? His fever was 104,",
            "Muhammad Arshad",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "I paid Rs6,000 for a private test because the government lab had a queue till evening.",
            "Muhammad Arshad",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "no patient will be turned away",
            "Punjab Dengue Response Cell",
            "The Punjab Dengue Response Cell",
            ("in a statement, said", "said"),
        ),
        (
            "They come to the main road, take pictures and leave,",
            "Shazia Bibi",
            "Shazia Bibi",
            ("said Shazia", "said"),
        ),
        (
            "The streets inside have never seen them.",
            "Shazia Bibi",
            "Shazia Bibi",
            ("said Shazia", "said"),
        ),
        (
            "Historically, Rawalpindi's cases peak in the last two weeks of October. If we are at 2,000 now, we should be preparing for double,",
            "Sana Mirza",
            ("she told", "she"),
            ("she told", "told"),
        ),
        ("single most effective thing", "Sana Mirza", ("She urged", "She"), "saying"),
        ("empty, scrub and cover", "Sana Mirza", ("She urged", "She"), "saying"),
    ],
    ["Saaf Ghar, Mehfooz Ghar"],
)

article(
    "blind27-en05",
    "en",
    """Under the ice, scientists are recording a lake that ‘sings’

Listen · 4:38
Transcript

By Marisol Treadwell
Published February 12, 2025 at 5:04 AM CST

On a gray morning in northern Wisconsin, Hollis Brandt kneels on the ice of Tamarack Lake and lowers a yellow cylinder the size of a thermos through a hole he has just drilled.
“That’s a hydrophone. It’s basically an underwater microphone,” Brandt says, feeding out cable. “Once it’s down, it’ll listen for the next three months.”
Brandt is a graduate student at the Northwoods Freshwater Institute, and the sounds he’s after are made by the ice itself: the booms, pings and eerie whistles that ice fishers have heard for generations.
Audio: Ice on Tamarack Lake, recorded Jan. 28. Courtesy of the Northwoods Freshwater Institute
Those sounds turn out to carry information. As ice thickens, cracks and shifts with temperature, its acoustic signature changes — and the team believes it can use that to track how winters are changing without sending people out onto thinning ice.
“Every winter we lose a few days of safe ice. We can measure that with augers and tape measures, but it’s dangerous and it’s slow,” says limnologist Renata Halvorsen, who leads the project.
“The ice is telling us how it’s doing all the time. We just haven’t been listening.”
Halvorsen’s team published its first results last month in the journal Limnology Letters. In the paper, the researchers describe late-season ice as “acoustically distinct, with a shift toward higher-frequency events” as it weakens.
Not everyone is convinced the method is ready. Doug Ferrante, a physicist who studies sea ice in Alaska and was not involved in the work, says the idea is “clever” but that lake ice varies enormously from place to place.
“A crack on one lake may not mean what it means on the next,” Ferrante says. “They’ll need a lot more lakes before I’d trust it to tell me whether to drive my truck out.”
Halvorsen agrees, and says the team plans to put hydrophones in 14 more lakes next winter.
The stakes are not abstract. The Tamarack County Sheriff’s Office said in an emailed statement that deputies had responded to five vehicles through the ice this season, and urged anglers to “treat no ice as safe ice.”
For people who live around Tamarack Lake, the research is putting numbers to something they already knew. Arlene Pocan, whose family has run a bait shop on the north shore since 1961, says her grandfather used to talk about the sounds.
“He’d say, ‘When the lake stops singing at night, stay off it.’ We all thought that was just an old man’s saying,” Pocan says. “Now I’ve got scientists with computers telling me he was right.
“I think he’d get a kick out of that.”
Brandt, meanwhile, spends much of his week listening to hours of recordings in headphones.
“People ask if it gets boring,” he says. “Honestly, no. Some nights it sounds like a whale. Some nights it sounds like a laser gun from an old movie.”
Copyright 2025 Northwoods Public Radio""",
    [
        (
            "That’s a hydrophone. It’s basically an underwater microphone,",
            "Hollis Brandt",
            ("Brandt says", "Brandt"),
            ("Brandt says", "says"),
        ),
        (
            "Once it’s down, it’ll listen for the next three months.",
            "Hollis Brandt",
            ("Brandt says", "Brandt"),
            ("Brandt says", "says"),
        ),
        (
            "Every winter we lose a few days of safe ice. We can measure that with augers and tape measures, but it’s dangerous and it’s slow,",
            "Renata Halvorsen",
            "Renata Halvorsen",
            ("says limnologist", "says"),
        ),
        (
            "The ice is telling us how it’s doing all the time. We just haven’t been listening.",
            "Renata Halvorsen",
            None,
            None,
        ),
        (
            "acoustically distinct, with a shift toward higher-frequency events",
            "researchers",
            "the researchers",
            "describe",
        ),
        ("clever", "Doug Ferrante", "Doug Ferrante", ("says the idea", "says")),
        (
            "A crack on one lake may not mean what it means on the next,",
            "Doug Ferrante",
            ("Ferrante says", "Ferrante"),
            ("Ferrante says", "says"),
        ),
        (
            "They’ll need a lot more lakes before I’d trust it to tell me whether to drive my truck out.",
            "Doug Ferrante",
            ("Ferrante says", "Ferrante"),
            ("Ferrante says", "says"),
        ),
        (
            "treat no ice as safe ice.",
            "Tamarack County Sheriff’s Office",
            "The Tamarack County Sheriff’s Office",
            "urged",
        ),
        (
            "He’d say, ‘When the lake stops singing at night, stay off it.’ We all thought that was just an old man’s saying,",
            "Arlene Pocan",
            ("Pocan says", "Pocan"),
            ("Pocan says", "says"),
        ),
        (
            "Now I’ve got scientists with computers telling me he was right.",
            "Arlene Pocan",
            ("Pocan says", "Pocan"),
            ("Pocan says", "says"),
        ),
        (
            "I think he’d get a kick out of that.",
            "Arlene Pocan",
            ("Pocan says", "Pocan"),
            ("Pocan says", "says"),
        ),
        ("People ask if it gets boring,", "Hollis Brandt", ("he says", "he"), ("he says", "says")),
        (
            "Honestly, no. Some nights it sounds like a whale. Some nights it sounds like a laser gun from an old movie.",
            "Hollis Brandt",
            ("he says", "he"),
            ("he says", "says"),
        ),
    ],
    ["sings"],
)

article(
    "blind27-en06",
    "en",
    """UAE: Buyers demand answers as developer delays handover of 640 Ajman apartments by two years

Azure Crest Developments blames a contractor dispute; investors say they are still paying instalments on homes that do not exist

By Rohan Pillai
Published: Tue 22 Apr 2025, 6:15 PM

Hundreds of buyers in an Ajman residential project have been told their apartments will be handed over two years late, with the developer blaming a dispute with its main contractor.
Azure Crest Developments informed investors in Crestview Residences by email on Monday that completion had been pushed to the second quarter of 2027. The email, seen by Khaleej Times, said the delay was caused by "circumstances beyond the developer's control, including the termination of the main construction contract".
The three-tower project, marketed under the slogan "Live Above the Tide", was launched in 2021 with a handover date of mid-2025. Construction was around 55 per cent complete when work stopped in January, according to the developer's latest progress report.
Buyers who spoke to Khaleej Times said they felt abandoned. "I have paid 60 per cent of the price. I'm still paying rent in Sharjah and my instalments every quarter," said Faisal Al Hammadi, an Emirati government employee who bought a two-bedroom unit in 2022. "They sold us a dream with a 'guaranteed handover' sticker on the brochure. Where is that guarantee now?"
Another buyer, an Indian expatriate who asked to be identified only as Priya, said the group of owners had "written five times and received one reply".
ALSO READ:
Dubai property prices rise 4% in first quarter
How to check if your off-plan project is registered
In a statement to Khaleej Times, Azure Crest Developments said buyers' money was "fully protected in a regulated escrow account" and that a new contractor would be appointed "within weeks".
"We understand the frustration of our customers and we share it," said Karim Haddad, the company's chief executive. "This project will be completed. We have not taken one dirham out of escrow that was not spent on construction."
Haddad said buyers who wished to exit could apply for a refund, but declined to say how much would be deducted.
The emirate's property regulator, the Ajman Realty Oversight Department (AROD), said it was "following the project closely". In a circular issued last year, the department warned developers that delays of more than 12 months without "a credible recovery plan" could lead to a project's cancellation.
Real estate consultant Meera Ghanem said off-plan delays had become rarer since the rules were tightened, but that buyers often underestimated contractor risk.
"Everybody reads the payment plan. Nobody reads the clause on force majeure," she said. "My advice is simple: before you sign, ask who the contractor is, and ask to see the escrow statement."
Stay up to date with the latest news. Follow KT on WhatsApp Channels.""",
    [
        (
            "circumstances beyond the developer's control, including the termination of the main construction contract",
            "Azure Crest Developments",
            ("The email, seen", "The email"),
            ("Khaleej Times, said", "said"),
        ),
        (
            "I have paid 60 per cent of the price. I'm still paying rent in Sharjah and my instalments every quarter,",
            "Faisal Al Hammadi",
            "Faisal Al Hammadi",
            ("said Faisal", "said"),
        ),
        (
            "They sold us a dream with a 'guaranteed handover' sticker on the brochure. Where is that guarantee now?",
            "Faisal Al Hammadi",
            "Faisal Al Hammadi",
            ("said Faisal", "said"),
        ),
        (
            "written five times and received one reply",
            "Priya",
            ("only as Priya", "Priya"),
            ("Priya, said", "said"),
        ),
        (
            "fully protected in a regulated escrow account",
            "Azure Crest Developments",
            ("Azure Crest Developments said buyers", "Azure Crest Developments"),
            ("Developments said buyers", "said"),
        ),
        (
            "within weeks",
            "Azure Crest Developments",
            ("Azure Crest Developments said buyers", "Azure Crest Developments"),
            ("Developments said buyers", "said"),
        ),
        (
            "We understand the frustration of our customers and we share it,",
            "Karim Haddad",
            "Karim Haddad",
            ("said Karim", "said"),
        ),
        (
            "This project will be completed. We have not taken one dirham out of escrow that was not spent on construction.",
            "Karim Haddad",
            "Karim Haddad",
            ("said Karim", "said"),
        ),
        (
            "following the project closely",
            "Ajman Realty Oversight Department",
            "Ajman Realty Oversight Department",
            ("(AROD), said", "said"),
        ),
        (
            "a credible recovery plan",
            "Ajman Realty Oversight Department",
            ("the department warned", "the department"),
            "warned",
        ),
        (
            "Everybody reads the payment plan. Nobody reads the clause on force majeure,",
            "Meera Ghanem",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "My advice is simple: before you sign, ask who the contractor is, and ask to see the escrow statement.",
            "Meera Ghanem",
            ("she said", "she"),
            ("she said", "said"),
        ),
    ],
    ["Live Above the Tide"],
)

article(
    "blind27-en07",
    "en",
    """Shuttler Rizky Ananda dropped from national squad after sponsor row

The federation says the world No. 9 broke training-camp rules; the player says he was punished for wearing his own sponsor’s shoes

Dio Prasetyo (The Jakarta Post)
Jakarta ● Thu, May 8, 2025

Indonesia’s national badminton federation has dropped men’s singles player Rizky Ananda from its elite training squad, ending a months-long dispute over individual sponsorship that has divided fans and officials.
In a statement issued on Wednesday, the Persatuan Bulu Tangkis Nusantara (PBTN) said Rizky, 24, had “repeatedly violated the code of conduct of the national training center” and would no longer be eligible for federation-funded tournaments.
“This is not a decision about one pair of shoes. It is about discipline and fairness to the 60 other athletes in Cipayung,” PBTN secretary-general Bambang Hartono told reporters at the federation’s headquarters in East Jakarta.
The row began in February, when Rizky wore shoes made by his personal sponsor, Selaras Sport, rather than the federation’s official supplier during a team event in Surabaya.
Read also: Indonesia’s women’s doubles pair rise to No. 2 in world rankings
Rizky responded within hours on Instagram. “For three years I have given everything for the Red and White,” he wrote. “I was told my personal sponsor was not welcome in the hall. I asked for a meeting. I never got one.”
He later told The Jakarta Post by phone that he would continue to compete on the international circuit as an independent player. “I still want to play for Indonesia. Nobody can take that from me,” he said.
The hashtag #KembalikanRizky (“Bring Back Rizky”) trended on X on Wednesday night, with more than 80,000 posts.
Selaras Sport said in a brief statement that it “respects the federation” but would continue to support its athlete “in every tournament he enters”.
Youth and Sports Minister Hendra Wijaya said the ministry would “call both sides” to a meeting next week. “We cannot lose a top-10 player two months before the world championships over a commercial matter,” Hendra said, as quoted by Antara.
Former national coach Sutrisno, who like many Indonesians goes by one name, said the federation had handled the case poorly. “When I was coaching, we solved these things with a cup of coffee, not with press releases,” he said.
PBTN said Rizky’s place in the squad for next month’s tournament in Singapore would go to 19-year-old Aditya Nugraha, who won the national junior title last year.
“It’s not how I wanted to get my chance,” Aditya said after training on Thursday, “but I will not waste it.”
Share this article
Topics : badminton, PBTN, sponsorship, Rizky Ananda""",
    [
        (
            "repeatedly violated the code of conduct of the national training center",
            "Persatuan Bulu Tangkis Nusantara",
            "Persatuan Bulu Tangkis Nusantara",
            ("(PBTN) said", "said"),
        ),
        (
            "This is not a decision about one pair of shoes. It is about discipline and fairness to the 60 other athletes in Cipayung,",
            "Bambang Hartono",
            "Bambang Hartono",
            "told",
        ),
        (
            "For three years I have given everything for the Red and White,",
            "Rizky Ananda",
            ("he wrote", "he"),
            "wrote",
        ),
        (
            "I was told my personal sponsor was not welcome in the hall. I asked for a meeting. I never got one.",
            "Rizky Ananda",
            ("he wrote", "he"),
            "wrote",
        ),
        (
            "I still want to play for Indonesia. Nobody can take that from me,",
            "Rizky Ananda",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "respects the federation",
            "Selaras Sport",
            ("Selaras Sport said", "Selaras Sport"),
            ("Selaras Sport said", "said"),
        ),
        (
            "in every tournament he enters",
            "Selaras Sport",
            ("Selaras Sport said", "Selaras Sport"),
            ("Selaras Sport said", "said"),
        ),
        ("call both sides", "Hendra Wijaya", "Hendra Wijaya", ("Wijaya said", "said")),
        (
            "We cannot lose a top-10 player two months before the world championships over a commercial matter,",
            "Hendra Wijaya",
            ("Hendra said", "Hendra"),
            ("Hendra said", "said"),
        ),
        (
            "When I was coaching, we solved these things with a cup of coffee, not with press releases,",
            "Sutrisno",
            ("he said", "he"),
            ("he said", "said"),
        ),
        (
            "It’s not how I wanted to get my chance,",
            "Aditya Nugraha",
            ("Aditya said", "Aditya"),
            ("Aditya said", "said"),
        ),
        (
            "but I will not waste it.",
            "Aditya Nugraha",
            ("Aditya said", "Aditya"),
            ("Aditya said", "said"),
        ),
    ],
    ["Bring Back Rizky"],
)

article(
    "blind27-en08",
    "en",
    """‘We were never consulted’: Rosemont merchants fight summer closure of Rue Dufresnay

Shop owners say a car-free street will cost them customers; the borough mayor says most residents want it

Marie-Ève Caron
Published Jun 03, 2025 • Last updated Jun 03, 2025 • 4 minute read

Article content
A plan to close a 700-metre stretch of Rue Dufresnay to cars from June to October has split the Rosemont–La Petite-Patrie borough, with merchants warning it will drive away customers and the borough mayor insisting it is what most residents want.
Borough council voted 4-1 Monday night to go ahead with the closure, the first on a commercial street in the borough’s east end.
“We were never consulted. We found out from a flyer on our windshield,” said Luc Pelletier, who has run a hardware store on the street for 27 years and heads the local merchants’ association. “Half my customers are contractors. They are not going to carry 40 kilos of tiles on a bike.”
Article content
Borough mayor Anne-Sophie Larochelle rejected the claim, saying the borough had held two public meetings and an online survey that drew more than 3,100 responses.
“People want space to walk, to sit, to let their kids ride a bike without being afraid,” she said in French during the meeting. “We heard the merchants. We adjusted the plan: deliveries will be allowed every morning until 11 a.m.”
Advertisement 2
Story continues below
Article content
“One merchant told me, ‘You’re killing my business.’ I told him to come back and see the street in August,” Larochelle said.
The lone councillor to vote against, Jonathan Sirois of the opposition party Avenir Métropole, called the survey “a popularity contest, not a consultation.”
“When you ask people who live three streets away if they’d like a nice terrace, of course they say yes,” Sirois said. “Ask them if they’d like to pay the rent of the store that closes.”
Merchants have launched a petition titled “Sauvons la rue Dufresnay” that had gathered about 2,300 signatures by Tuesday.
Article content
Not all business owners are opposed. Nadia Ferhat, who owns a café near the corner of Boulevard Saint-Michel, said a trial closure on a shorter stretch last summer had been “the best summer we’ve ever had.”
“My terrace was full every night. My neighbour the shoe store, not so much,” she said. “I understand both sides. I just wish they’d talk to each other instead of yelling at council.”
A spokesperson for the City of Montreal said the decision belonged to the borough, but noted that the city’s pedestrian streets program had “a strong track record” of bringing shoppers back to commercial arteries.
The closure is scheduled to begin June 16.
Share this article in your social network
Sign up to receive daily headline news from the Montreal Gazette, a division of Postmedia Network Inc.""",
    [
        ("We were never consulted", "Luc Pelletier", None, None),
        (
            "We were never consulted. We found out from a flyer on our windshield,",
            "Luc Pelletier",
            "Luc Pelletier",
            ("said Luc", "said"),
        ),
        (
            "Half my customers are contractors. They are not going to carry 40 kilos of tiles on a bike.",
            "Luc Pelletier",
            "Luc Pelletier",
            ("said Luc", "said"),
        ),
        (
            "People want space to walk, to sit, to let their kids ride a bike without being afraid,",
            "Anne-Sophie Larochelle",
            ("she said in French", "she"),
            ("she said in French", "said"),
        ),
        (
            "We heard the merchants. We adjusted the plan: deliveries will be allowed every morning until 11 a.m.",
            "Anne-Sophie Larochelle",
            ("she said in French", "she"),
            ("she said in French", "said"),
        ),
        (
            "One merchant told me, ‘You’re killing my business.’ I told him to come back and see the street in August,",
            "Anne-Sophie Larochelle",
            ("Larochelle said", "Larochelle"),
            ("Larochelle said", "said"),
        ),
        (
            "a popularity contest, not a consultation.",
            "Jonathan Sirois",
            "Jonathan Sirois",
            "called",
        ),
        (
            "When you ask people who live three streets away if they’d like a nice terrace, of course they say yes,",
            "Jonathan Sirois",
            ("Sirois said", "Sirois"),
            ("Sirois said", "said"),
        ),
        (
            "Ask them if they’d like to pay the rent of the store that closes.",
            "Jonathan Sirois",
            ("Sirois said", "Sirois"),
            ("Sirois said", "said"),
        ),
        (
            "the best summer we’ve ever had.",
            "Nadia Ferhat",
            "Nadia Ferhat",
            ("Saint-Michel, said", "said"),
        ),
        (
            "My terrace was full every night. My neighbour the shoe store, not so much,",
            "Nadia Ferhat",
            ("she said. “I understand", "she"),
            ("she said. “I understand", "said"),
        ),
        (
            "I understand both sides. I just wish they’d talk to each other instead of yelling at council.",
            "Nadia Ferhat",
            ("she said. “I understand", "she"),
            ("she said. “I understand", "said"),
        ),
        (
            "a strong track record",
            "City of Montreal",
            "A spokesperson for the City of Montreal",
            "noted",
        ),
    ],
    ["Sauvons la rue Dufresnay"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind27_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
