# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind25_en.jsonl: a twenty-fifth blind English quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries and cities aside). Beats and
outlets imitated: mourners fined by a private car-park firm at a village funeral (Daily Mail:
straight single quotes as outer marks with apostrophes inside and inner double ones, a headline
quote, bullet deks, a multi-paragraph quote, a Facebook group name), Uzbekistan's cotton
clusters (The Economist: present-tense "says" and "reckons", Mr without a point, a ministry, a
watchdog, an unnamed Western diplomat and official, a slogan, a print-edition headline), a dairy
farm fined over an effluent pond (Stuff: a headline quote in curly single marks, a dek quote, a
judge's sentencing remarks, a regional council manager), pickleball noise hours (Patch: straight
marks, public comment, a club statement, a T-shirt slogan), an open-source map library's lone
maintainer quitting (Wired: a post's title, a nested inner quote, a company's emailed statement,
a person familiar with the talks), a videoke curfew ordinance (Rappler: a headline quote, "Ma."
in a councilor's name, a quote given in translation, a nested quote, an office named with its
initials in brackets), jeonse deposit fraud in Incheon (Korea JoongAng Daily: surname-first
names, a resident "surnamed" Yoon, an anonymous investigator, nested single quotes, a placard)
and a permafrost-threatened Alpine hut (Swissinfo: an association with initials in brackets, an
interrupted quote, a cantonal report, a multi-paragraph testimony with a nested quote, a
campaign name). Group names, slogans, titles and campaigns in marks are listed as non-quotes.
Gold conventions are those of build_dev.py.
Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind25_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind25-en01",
    "en",
    """'I've never felt so humiliated': Widow's fury as parking firm fines 23 mourners at her husband's funeral

Mourners at funeral of retired postman Dennis Harwood, 81, were each sent £100 fines
Private firm ParkSure Solutions said its cameras 'cannot tell a funeral from a shopping trip'
Local MP has written to the company demanding the charges are scrapped

By CLAIRE BENTLEY FOR MAILONLINE

Published: 11:42 BST, 4 June 2025 | Updated: 15:09 BST, 4 June 2025

e-mail
View comments

A grieving widow has told of her 'disgust' after 23 mourners who attended her husband's funeral were slapped with £100 parking fines.
Margaret Harwood, 78, buried her husband Dennis at St Bride's Church in Lower Ashcombe, Somerset, on May 16 after he died following a short illness.
Around 60 friends and former colleagues packed into the church, with many leaving their cars in the car park of the neighbouring Ashcombe Arms pub, which the landlord had offered to them free of charge.
But a fortnight later, letters began landing on doormats across the county demanding £100 from each driver - reduced to £60 if paid within 14 days.
'I've never felt so humiliated in my life,' Mrs Harwood told MailOnline. 'Dennis delivered letters in this village for 40 years. Now people who came to say goodbye to him are getting letters like these.
'One of his old friends is 92. He rang me in tears thinking he'd done something wrong.'
Advertisement
The pub's landlord, Gary Pike, said he had been assured by the car park's operator that the spaces could be used for the afternoon.
'I rang them the week before and a lady said it would be "no problem at all",' he said. 'I wish I'd got it in writing now.'
ParkSure Solutions, which manages the car park on behalf of the pub's owner, Westmoor Taverns, said its cameras 'cannot tell a funeral from a shopping trip'.
In a statement, a spokesman for the firm said: 'Clear signage is displayed at the entrance to the car park and throughout the site. Motorists who believe they have been charged unfairly are welcome to appeal through the usual process.'
Westmoor Taverns said it was 'looking into the matter urgently'.
Local MP Rachel Oduya, who attended the funeral, said she had written to the company's chief executive.
'This is a small village where people look after each other,' she said. 'To treat grieving pensioners like fare dodgers is frankly shameful, and I expect every one of these tickets to be cancelled by the end of the week.'
Villagers have since set up a Facebook group called 'Ashcombe Against ParkSure', which has attracted more than 1,400 members.
One member wrote: 'Absolute disgrace. Dennis would have laughed at this, then written them a very stern letter.'
Mrs Harwood, who was married to Dennis for 54 years, said she would not be paying.
'They can take me to court if they like,' she added. 'I'll bring the order of service.'
Share or comment on this article:
RELATED ARTICLES
Motorist fined £70 for overstaying by 46 seconds at retail park""",
    [
        ("I've never felt so humiliated", "Margaret Harwood", None, None),
        (
            "cannot tell a funeral from a shopping trip",
            "ParkSure Solutions",
            "ParkSure Solutions",
            "said",
        ),
        ("disgust", "Margaret Harwood", "A grieving widow", "has told of"),
        (
            "I've never felt so humiliated in my life,",
            "Margaret Harwood",
            "Mrs Harwood",
            "told",
        ),
        (
            "Dennis delivered letters in this village for 40 years. Now people who came to say goodbye to him are getting letters like these.",
            "Margaret Harwood",
            "Mrs Harwood",
            "told",
        ),
        (
            "One of his old friends is 92. He rang me in tears thinking he'd done something wrong.",
            "Margaret Harwood",
            "Mrs Harwood",
            "told",
        ),
        (
            'I rang them the week before and a lady said it would be "no problem at all",',
            "Gary Pike",
            (",' he said", "he"),
            "said",
        ),
        ("I wish I'd got it in writing now.", "Gary Pike", (",' he said", "he"), "said"),
        (
            "cannot tell a funeral from a shopping trip",
            "ParkSure Solutions",
            ("ParkSure Solutions, which manages", "ParkSure Solutions"),
            "said",
        ),
        (
            "Clear signage is displayed at the entrance to the car park and throughout the site. Motorists who believe they have been charged unfairly are welcome to appeal through the usual process.",
            "ParkSure Solutions",
            "a spokesman",
            "said",
        ),
        (
            "looking into the matter urgently",
            "Westmoor Taverns",
            ("Westmoor Taverns said", "Westmoor Taverns"),
            "said",
        ),
        (
            "This is a small village where people look after each other,",
            "Rachel Oduya",
            (",' she said", "she"),
            "said",
        ),
        (
            "To treat grieving pensioners like fare dodgers is frankly shameful, and I expect every one of these tickets to be cancelled by the end of the week.",
            "Rachel Oduya",
            (",' she said", "she"),
            "said",
        ),
        (
            "Absolute disgrace. Dennis would have laughed at this, then written them a very stern letter.",
            "member",
            "One member",
            "wrote",
        ),
        (
            "They can take me to court if they like,",
            "Margaret Harwood",
            ("she added", "she"),
            "added",
        ),
        ("I'll bring the order of service.", "Margaret Harwood", ("she added", "she"), "added"),
    ],
    ["Ashcombe Against ParkSure"],
)

article(
    "blind25-en02",
    "en",
    """Asia | From field to factory

Uzbekistan wants to stop selling raw cotton. Can it?

The government is betting on spinning mills. Farmers are less sure

Listen to this story.
Enjoy more audio and podcasts on iOS or Android.

Jun 5th 2025 | TASHKENT

THE SEWING hall at the Zarafshan Textile Cluster, on the outskirts of Bukhara, hums like a beehive. Some 1,800 women stitch T-shirts destined for German discount stores. Five years ago the building was a derelict tractor depot. “We had pigeons, not people,” says Akmal Tursunov, the cluster’s boss, who likes to show visitors photographs of the ruins.
Uzbekistan, long one of the world’s biggest exporters of raw cotton, has all but stopped selling the fibre abroad. Since 2020 the government has required that most of the crop be spun, woven or sewn at home. The aim, the Ministry of Light Industry says, is to “capture every link of the value chain”. Officials point to textile exports that have tripled, to $3.9bn last year.
The clusters, of which there are now 140, are private firms handed land, water rights and the obligation to buy local cotton at prices they set with regional governors. Critics say that concentrates too much power. “The cluster is the landlord, the buyer, the bank and sometimes the judge,” says Nodira Qosimova, an economist at the Samarkand Institute for Market Studies, a think-tank. Farmers who fall short of their quotas, she reckons, can lose their leases “with a phone call”.
Bahodir Ergashev, who farms 30 hectares near Jizzakh, is one of them. Last year his cluster paid him a third less than he had expected, citing poor quality. “They test the cotton in their own laboratory. Who checks the laboratory?” he asks. He has switched half his land to melons.
The clusters have also been a way to end a scandal. For decades the state forced students, teachers and doctors into the fields each autumn. Such forced labour is now rare, according to the Tashkent Labour Monitor, a local watchdog, which in March declared the harvest “largely free of systemic coercion”. The qualifier matters. The watchdog’s own report notes “isolated cases” in which local officials leaned on public employees to pick.
Money is the bigger worry. Many clusters borrowed heavily from state banks to buy Italian looms, and some are struggling to repay. One Western diplomat in Tashkent describes the sector as “a bicycle that only stays upright while the government keeps pedalling”. A senior official at the ministry concedes that “perhaps 20 or 30” clusters are in trouble but insists that the model works. “Some will fail. That is what happens in a market economy, which is what we are building,” he says.
Buyers abroad are watching too. Mr Tursunov says European brands audit his factory four times a year. “They ask about wages, about toilets, about fire doors. Ten years ago nobody asked about anything,” he says. The cluster’s new slogan, painted above the gates, reads “Uzbek from seed to seam”. Whether the farmers who grow the seeds will share in the rewards is another question. ■

This article appeared in the Asia section of the print edition under the headline “Spinning a yarn”
Reuse this content
More from Asia""",
    [
        ("We had pigeons, not people,", "Akmal Tursunov", "Akmal Tursunov", "says"),
        (
            "capture every link of the value chain",
            "Ministry of Light Industry",
            "the Ministry of Light Industry",
            "says",
        ),
        (
            "The cluster is the landlord, the buyer, the bank and sometimes the judge,",
            "Nodira Qosimova",
            "Nodira Qosimova",
            "says",
        ),
        ("with a phone call", "Nodira Qosimova", ("she reckons", "she"), "reckons"),
        (
            "They test the cotton in their own laboratory. Who checks the laboratory?",
            "Bahodir Ergashev",
            ("he asks", "he"),
            "asks",
        ),
        (
            "largely free of systemic coercion",
            "Tashkent Labour Monitor",
            "the Tashkent Labour Monitor",
            "declared",
        ),
        ("isolated cases", "Tashkent Labour Monitor", "The watchdog", "notes"),
        (
            "a bicycle that only stays upright while the government keeps pedalling",
            "diplomat",
            "One Western diplomat",
            "describes",
        ),
        ("perhaps 20 or 30", "official", "A senior official", "concedes"),
        (
            "Some will fail. That is what happens in a market economy, which is what we are building,",
            "official",
            ("” he says", "he"),
            "says",
        ),
        (
            "They ask about wages, about toilets, about fire doors. Ten years ago nobody asked about anything,",
            "Akmal Tursunov",
            ("” he says", "he"),
            "says",
        ),
    ],
    ["Uzbek from seed to seam", "Spinning a yarn"],
)

article(
    "blind25-en03",
    "en",
    """Southland farm company fined $78,000 after effluent pond ‘overflowed for weeks’

Judge says the company showed “a cavalier attitude” to a stream running through its land

Mia Thornbury
12:35, Jun 05 2025

An effluent pond on the Waikaka farm, photographed by council officers in August 2023.
SUPPLIED

A Southland dairy farming company has been fined $78,000 after effluent from an overflowing storage pond ran into a tributary of the Waikaka Stream for weeks.
Glenmoor Pastoral Ltd and its sharemilker, Dean Whitcombe, were sentenced in the Invercargill District Court on Wednesday on charges laid by the Southern Plains Regional Council under the Resource Management Act.
Judge Andrea Pirini said the company had shown “a cavalier attitude” to its obligations, and that warning signs had been ignored for months.
“This was not a one-off failure of a pump on a wet night. The pond was simply too small for the herd, and everybody on that farm knew it,” she said.
The council’s prosecutor, Simon Laulu, told the court effluent had “overflowed for weeks” before a neighbour sent photographs to the council in August 2023.
Testing downstream found E. coli levels more than 40 times the guideline for stock drinking water, he said.
READ MORE:
* Farmer fined over calves dumped in gully
* Council launches winter effluent blitz
Glenmoor Pastoral director Kerry Aldous said the company accepted responsibility and had since spent $410,000 on a new six-million-litre pond.
“We got it wrong, and we’re not going to pretend otherwise,” Aldous told Stuff outside court. “We’ve fenced the stream, we’ve planted it out, and we’ve got a system now that’ll cope with the worst winter Southland can throw at us.”
Whitcombe, who was fined $9,500, was not represented. He told the judge he had raised the pond’s capacity with the company “at least three times”.
Regional council compliance manager Tui Ngātoro-Reid said the case should send “a really clear message”.
“Most farmers in Southland are doing the right thing, and they’re sick of being tarred with the same brush as the ones who aren’t,” she said. “Our message is simple: if your storage can’t cope, talk to us before the neighbours do.”
Southland Dairy Farmers’ Collective chair Gareth Munro said the fine was “at the upper end” but not unfair, given how long the discharge had gone on.
Judge Pirini ordered that $70,000 of the fine be paid to the council, with the remainder going to the Waikaka Catchment Group for riparian planting.
“The stream will recover,” she said in closing. “Whether the community’s trust in this farm does is up to the company.”
Sign up for the Southland Times newsletter, delivered to your inbox every weekday.""",
    [
        ("overflowed for weeks", "Simon Laulu", None, None),
        ("a cavalier attitude", "Andrea Pirini", "Judge", "says"),
        ("a cavalier attitude", "Andrea Pirini", "Judge Andrea Pirini", "said"),
        (
            "This was not a one-off failure of a pump on a wet night. The pond was simply too small for the herd, and everybody on that farm knew it,",
            "Andrea Pirini",
            ("” she said", "she"),
            "said",
        ),
        ("overflowed for weeks", "Simon Laulu", "Simon Laulu", "told"),
        (
            "We got it wrong, and we’re not going to pretend otherwise,",
            "Kerry Aldous",
            "Aldous",
            "told",
        ),
        (
            "We’ve fenced the stream, we’ve planted it out, and we’ve got a system now that’ll cope with the worst winter Southland can throw at us.",
            "Kerry Aldous",
            "Aldous",
            "told",
        ),
        ("at least three times", "Dean Whitcombe", ("He told", "He"), "told"),
        (
            "a really clear message",
            "Tui Ngātoro-Reid",
            "Regional council compliance manager Tui Ngātoro-Reid",
            "said",
        ),
        (
            "Most farmers in Southland are doing the right thing, and they’re sick of being tarred with the same brush as the ones who aren’t,",
            "Tui Ngātoro-Reid",
            ("” she said", "she"),
            "said",
        ),
        (
            "Our message is simple: if your storage can’t cope, talk to us before the neighbours do.",
            "Tui Ngātoro-Reid",
            ("” she said", "she"),
            "said",
        ),
        ("at the upper end", "Gareth Munro", "Gareth Munro", "said"),
        ("The stream will recover,", "Andrea Pirini", ("she said in closing", "she"), "said"),
        (
            "Whether the community’s trust in this farm does is up to the company.",
            "Andrea Pirini",
            ("she said in closing", "she"),
            "said",
        ),
    ],
)

article(
    "blind25-en04",
    "en",
    """Pickleball Noise Prompts Council To Limit Hours At Memorial Park Courts

Neighbors say the noise starts at 7 a.m. Players say they have "nowhere else to go."

By Daniel Ruiz, Patch Staff
Posted Wed, Jun 4, 2025 at 3:12 pm ET

Reply
Share

BROOKDALE, NJ — The Brookdale Township Council voted 4-1 Tuesday night to limit play at the Memorial Park pickleball courts to 9 a.m. to 7 p.m., after months of complaints from neighbors about the noise.
The ordinance, which takes effect July 1, also bans amplified music at the courts and requires the township to install sound-dampening panels along the fence line facing Orchard Lane.
"I love that people are out there exercising. I really do," said resident Carol Minetti, who lives about 80 feet from the nearest court. "But when you hear that paddle at 7 o'clock on a Saturday morning, every single Saturday, it stops being charming."
More than 40 people spoke during the public comment period, which stretched past 11 p.m. Some players wore T-shirts reading "Dink Responsibly."
Several players argued the township was punishing a growing sport with few other places to go. Brookdale has only four dedicated courts, and the nearest alternative is in Summit Ridge, about 20 minutes away.
"We've got 300 people in our club. Where are we supposed to go — the parking lot at the mall?" asked Vince Abruzzo, president of the Brookdale Pickleball Club.
Subscribe to Patch
Get more local news delivered straight to your inbox. Sign up for free Patch newsletters and alerts.
Councilwoman Denise Park, the lone no vote, called the measure "a band-aid." She said the council should instead fast-track new courts at the former Lindell School site.
"We're limiting hours on the only courts we have and promising new ones we haven't budgeted for," Park said. "That's backwards."
Mayor Tom Reilly said the township had tried "everything short of this," including a voluntary quiet-hours pledge the club signed last fall.
"Nobody is banning pickleball in Brookdale," Reilly said. "We're asking everyone to share the park."
The township's engineer, Priya Natarajan, told the council that acoustic panels could cut noise at the nearest homes by "roughly half," at a cost of about $38,000.
In a post on its Facebook page Wednesday, the club said it was "disappointed but not surprised" and would ask members to respect the new hours. "We will keep working with the township on a long-term solution," the club wrote.
Thank You
More from Brookdale""",
    [
        ("nowhere else to go.", "players", "Players", "say"),
        (
            "I love that people are out there exercising. I really do,",
            "Carol Minetti",
            "resident Carol Minetti",
            "said",
        ),
        (
            "But when you hear that paddle at 7 o'clock on a Saturday morning, every single Saturday, it stops being charming.",
            "Carol Minetti",
            "resident Carol Minetti",
            "said",
        ),
        (
            "We've got 300 people in our club. Where are we supposed to go — the parking lot at the mall?",
            "Vince Abruzzo",
            "Vince Abruzzo",
            "asked",
        ),
        ("a band-aid.", "Denise Park", "Councilwoman Denise Park", "called"),
        (
            "We're limiting hours on the only courts we have and promising new ones we haven't budgeted for,",
            "Denise Park",
            "Park",
            "said",
        ),
        ("That's backwards.", "Denise Park", "Park", "said"),
        ("everything short of this,", "Tom Reilly", "Mayor Tom Reilly", "said"),
        ("Nobody is banning pickleball in Brookdale,", "Tom Reilly", "Reilly", "said"),
        ("We're asking everyone to share the park.", "Tom Reilly", "Reilly", "said"),
        ("roughly half,", "Priya Natarajan", "Priya Natarajan", "told"),
        (
            "disappointed but not surprised",
            "Brookdale Pickleball Club",
            ("the club said", "the club"),
            "said",
        ),
        (
            "We will keep working with the township on a long-term solution,",
            "Brookdale Pickleball Club",
            ("the club wrote", "the club"),
            "wrote",
        ),
    ],
    ["Dink Responsibly."],
)

article(
    "blind25-en05",
    "en",
    """The Lone Maintainer of a Library That Draws Half the World’s Maps Just Quit

After nine years of unpaid work and a wave of abuse, the developer behind TileForge says she’s done. Companies that depend on it are scrambling.

Lena Marsh
Security
Jun 4, 2025 6:00 AM

Save this story
Save
Comment

For nine years, Ingrid Solberg maintained TileForge, an open source library that turns raw geographic data into the map tiles that appear in delivery apps, weather sites and the websites of at least three national mapping agencies. She did it mostly on weekends, mostly for free. Last Tuesday she stopped.
“I’m not burned out. Burned out implies there’s something left to burn,” Solberg wrote in a post pinned to the project’s repository, where she announced she was archiving the code and would no longer review changes or fix security bugs. “I have given this project my thirties. I’m not giving it my forties.”
The post, titled “Goodbye, and please stop emailing me,” has been shared tens of thousands of times.
In an interview with WIRED, Solberg says the final straw came in March, when a user whose company had built a commercial product on TileForge opened an issue demanding a fix within 48 hours. “He wrote, ‘Some of us have real jobs that depend on this,’” she says. “I remember laughing, because I also have a real job. This was never it.”
Asked whether any of the companies relying on her code had ever offered to pay her, Solberg says: “Two did, once each. One sent a hoodie.”
Among the projects that depend on TileForge is OpenRoute Atlas, a nonprofit navigation service used by aid groups. Its technical lead, Marcus Obi, says his team learned of the archiving from an automated bot. “We’d been meaning to set up a support contract for, like, three years,” Obi admits. “That’s on us.”
Hexmile, a logistics startup whose app crashed briefly on Friday after a dependency update, said in an emailed statement that it was “evaluating options, including maintaining a fork internally.” The company did not respond to questions about whether it had ever contributed to the project.
Security researchers worry about what happens next. An unmaintained library with millions of downloads a week is “a gift to attackers,” says Priyanka Deshmukh, a researcher at the software supply chain firm Cobalt Ledger. Anyone could publish a lookalike package, she notes, or quietly take over an abandoned dependency. “The code doesn’t rot. The trust around it does,” Deshmukh says.
The Open Mapping Foundation, which hosts several related projects, said Thursday it would “explore stewardship” of TileForge if Solberg agreed. A person familiar with the talks, who asked not to be named because they are private, said two large cloud providers had been approached about funding a full-time maintainer but were “in no hurry.”
For now, Solberg is gardening. “Tomatoes don’t file bug reports,” she says.

You Might Also Like …
In your inbox: Our biggest stories, handpicked for you each day""",
    [
        (
            "I’m not burned out. Burned out implies there’s something left to burn,",
            "Ingrid Solberg",
            "Solberg",
            "wrote",
        ),
        (
            "I have given this project my thirties. I’m not giving it my forties.",
            "Ingrid Solberg",
            ("Solberg wrote", "Solberg"),
            "wrote",
        ),
        (
            "He wrote, ‘Some of us have real jobs that depend on this,’",
            "Ingrid Solberg",
            ("” she says", "she"),
            "says",
        ),
        (
            "I remember laughing, because I also have a real job. This was never it.",
            "Ingrid Solberg",
            ("” she says", "she"),
            "says",
        ),
        (
            "Two did, once each. One sent a hoodie.",
            "Ingrid Solberg",
            ("Solberg says:", "Solberg"),
            "says",
        ),
        (
            "We’d been meaning to set up a support contract for, like, three years,",
            "Marcus Obi",
            "Obi",
            "admits",
        ),
        ("That’s on us.", "Marcus Obi", "Obi", "admits"),
        (
            "evaluating options, including maintaining a fork internally.",
            "Hexmile",
            "Hexmile",
            "said",
        ),
        ("a gift to attackers,", "Priyanka Deshmukh", "Priyanka Deshmukh", "says"),
        (
            "The code doesn’t rot. The trust around it does,",
            "Priyanka Deshmukh",
            "Deshmukh",
            "says",
        ),
        (
            "explore stewardship",
            "Open Mapping Foundation",
            "The Open Mapping Foundation",
            "said",
        ),
        ("in no hurry.", "person", "A person familiar with the talks", "said"),
        ("Tomatoes don’t file bug reports,", "Ingrid Solberg", ("” she says", "she"), "says"),
    ],
    ["Goodbye, and please stop emailing me,"],
)

article(
    "blind25-en06",
    "en",
    """Lapu-Lapu councilors pass 10 pm videoke curfew: ‘Sleep is a right too’

Violators face fines of up to P5,000 under the ordinance, which still needs the mayor’s signature

John Carlo Abellana
Published 5:47 PM, June 04, 2025

Facebook Twitter Copy link

CEBU, Philippines – Singing into the night will soon cost residents of Lapu-Lapu City, after the city council on Tuesday, June 3, approved an ordinance banning videoke and other amplified music in residential areas from 10 pm to 7 am.
The measure, authored by Councilor Ma. Theresa Villacorta, imposes fines of P1,000 for a first offense, P3,000 for a second, and P5,000 plus a day of community service for a third.
“Sleep is a right too. Many of our constituents are call center agents and nurses who work at night and rest during the day, and students who need to wake up early,” Villacorta said during the session.
She said her office received 212 noise complaints last year, most of them involving videoke machines rented for birthdays and fiestas.
Barangay captain Roldan Pacaña of Barangay Tingo, where a brawl over a videoke session left one man injured in February, welcomed the ordinance. “Our tanods are tired of being referees at 2 am,” he told Rappler.
Not everyone agreed. Councilor Efren Dabalos, who voted against the measure, called it “anti-poor,” arguing that videoke is one of the few affordable forms of entertainment for families in crowded neighborhoods.
“The rich have soundproof rooms and KTV bars. The poor have a rented machine and a plastic chair outside. Guess who this ordinance will catch,” Dabalos said.
The ordinance exempts Christmas Eve, New Year’s Eve, and the city fiesta, as well as events covered by a permit from the city’s Office of Public Safety and Order (OPSO).
READ: What you need to know about noise rules in Metro Cebu
Residents Rappler spoke to were divided. Lorna Mabini, 54, who runs a sari-sari store in Barangay Tingo, said the rule would take away one of the few joys of her neighbors. “We sing to forget our problems. Now singing will be another problem,” she said in Cebuano.
Nurse Jerome Alcantara, who works night shifts at a hospital in Mandaue, said he once knocked on a neighbor’s door at 1 am to ask them to lower the volume. “The father told me, ‘It’s my birthday, come join us,’” he recalled, laughing. “I did not join them.”
The OPSO said in a statement that it would enforce the ordinance “with maximum tolerance” during its first month, giving warnings instead of tickets.
The ordinance awaits the signature of Mayor Arturo Lim, whose spokesperson, Karen Dy-Ramos, said he was “inclined to sign it” after consultations with barangay officials. – Rappler.com

How does this make you feel?
Add a comment""",
    [
        ("Sleep is a right too", "Ma. Theresa Villacorta", None, None),
        (
            "Sleep is a right too. Many of our constituents are call center agents and nurses who work at night and rest during the day, and students who need to wake up early,",
            "Ma. Theresa Villacorta",
            "Villacorta",
            "said",
        ),
        (
            "Our tanods are tired of being referees at 2 am,",
            "Roldan Pacaña",
            ("he told", "he"),
            "told",
        ),
        ("anti-poor,", "Efren Dabalos", "Councilor Efren Dabalos", "called"),
        (
            "The rich have soundproof rooms and KTV bars. The poor have a rented machine and a plastic chair outside. Guess who this ordinance will catch,",
            "Efren Dabalos",
            "Dabalos",
            "said",
        ),
        (
            "We sing to forget our problems. Now singing will be another problem,",
            "Lorna Mabini",
            ("she said in Cebuano", "she"),
            "said",
        ),
        (
            "The father told me, ‘It’s my birthday, come join us,’",
            "Jerome Alcantara",
            ("he recalled", "he"),
            "recalled",
        ),
        ("I did not join them.", "Jerome Alcantara", ("he recalled", "he"), "recalled"),
        ("with maximum tolerance", "Office of Public Safety and Order", "The OPSO", "said"),
        ("inclined to sign it", "Karen Dy-Ramos", "Karen Dy-Ramos", "said"),
    ],
)

article(
    "blind25-en07",
    "en",
    """Tenants of 140 Incheon villa units lose deposits as landlord vanishes

Victims say they are owed a combined 18 billion won; police have put the landlord on a wanted list

Published: 04 Jun. 2025, 18:02

Tenants of a villa complex in Michuhol District, Incheon, hold a rally demanding the return of their deposits on Wednesday. [PARK SO-YEON]

More than 140 households renting low-rise villas in Incheon stand to lose a combined 18 billion won ($13 million) in jeonse deposits after their landlord stopped answering calls and, according to police, left the country in April.
The tenants say the landlord, a 52-year-old man surnamed Choi, owned 163 units across nine buildings in Michuhol District through a web of relatives and shell companies.
"When my contract ended in March, I called him to ask when I would get my deposit back. He said, 'Next week, don't worry.' That was the last time he picked up," said Lee Ji-won, a 31-year-old nurse who put down 210 million won for a two-room unit in 2021.
Lee said the sum included a bank loan of 150 million won that she is still repaying.
Police said Wednesday that Choi had been placed on a wanted list and that they had asked Interpol to issue a red notice.
"We are tracking the flow of the deposits and have frozen several of the accounts involved," an investigator handling the case said on condition of anonymity.
The tenants formed an emergency committee last month. Its head, Han Seung-woo, 38, said most of the contracts had been brokered by a single agency, Hanbit Realty.
"The agent showed us a guarantee certificate and told us, 'Even if something happens, the state will pay you back.' It turned out the certificate had expired," Han said.
Hanbit Realty, which closed its office in Juan-dong last month, could not be reached for comment. Jung Tae-ho, the agency's former head, told reporters in May that he had "also been deceived" by Choi.
The state-run Korea Housing Guarantee Agency (KHGA) said in a statement that about 40 of the affected households were covered by its deposit insurance and would be repaid "within three months of filing a claim." For the rest, the agency said, options are "limited under current law."
Kang Min-jeong, a lawyer representing 60 of the tenants, said victims without insurance would have to wait for the properties to be auctioned, which could take years.
"Even then, because tax arrears and bank mortgages rank ahead of them, many tenants will recover 20 or 30 percent at most," Kang said.
A 29-year-old office worker surnamed Yoon, who lives on the fourth floor of one of the buildings, said she had postponed her wedding. "My fiance and I were going to use the deposit for our first home. Now we don't know if we will see any of it," she said, holding a placard that read "Give back our deposits."
Rep. Seo Jung-min, who represents the district, said she would propose a bill requiring landlords with more than 50 rental units to prove they hold sufficient reserves.
"This is the fourth case like this in Incheon in three years. It is not bad luck, it is a hole in the law," Seo said in a radio interview on Wednesday.

BY PARK SO-YEON [park.soyeon@joongang.co.kr]

Related Article
Jeonse fraud victims rally in Seoul for special relief law""",
    [
        (
            "When my contract ended in March, I called him to ask when I would get my deposit back. He said, 'Next week, don't worry.' That was the last time he picked up,",
            "Lee Ji-won",
            "Lee Ji-won",
            "said",
        ),
        (
            "We are tracking the flow of the deposits and have frozen several of the accounts involved,",
            "investigator",
            "an investigator",
            "said",
        ),
        (
            "The agent showed us a guarantee certificate and told us, 'Even if something happens, the state will pay you back.' It turned out the certificate had expired,",
            "Han Seung-woo",
            "Han",
            "said",
        ),
        ("also been deceived", "Jung Tae-ho", "Jung Tae-ho", "told"),
        (
            "within three months of filing a claim.",
            "Korea Housing Guarantee Agency",
            "Korea Housing Guarantee Agency",
            "said",
        ),
        (
            "limited under current law.",
            "Korea Housing Guarantee Agency",
            ("the agency said", "the agency"),
            "said",
        ),
        (
            "Even then, because tax arrears and bank mortgages rank ahead of them, many tenants will recover 20 or 30 percent at most,",
            "Kang Min-jeong",
            "Kang",
            "said",
        ),
        (
            "My fiance and I were going to use the deposit for our first home. Now we don't know if we will see any of it,",
            "Yoon",
            ("she said, holding", "she"),
            "said",
        ),
        (
            "This is the fourth case like this in Incheon in three years. It is not bad luck, it is a hole in the law,",
            "Seo Jung-min",
            "Seo",
            "said",
        ),
    ],
    ["Give back our deposits."],
)

article(
    "blind25-en08",
    "en",
    """Melting permafrost forces closure of historic Alpine hut

This content was published on June 4, 2025 - 14:21
3 minutes

A mountain hut that has sheltered climbers below the Gratzhorn in canton Valais since 1911 will close for good at the end of this summer, after engineers found that the frozen ground anchoring it is thawing.
The Valais Mountain Huts Association (VMHA), which owns the 46-bed Gratzhorn Hut, announced the decision on Wednesday. Cracks up to 12 centimetres wide have opened in the rock beneath the building’s eastern wall since 2021, the association said.
“We have done everything we could to keep it standing, from steel anchors to drainage channels,” said association president Urs Brügger. “But you cannot bolt a building to ground that is turning into gravel.”
Permafrost – ground that stays frozen for at least two years in a row – binds much of the high Alpine rock. As temperatures rise it is warming, and in places disappearing, said geologist Salomé Fournier of the Institute for Alpine Ground Studies in Sion.
“At the Gratzhorn the temperature of the rock ten metres down has risen by almost one degree in 15 years,” Fournier told SWI swissinfo.ch. “That sounds small. For ice that is already close to zero, it is everything.”
“Huts are only the most visible problem,” she said, “because people sleep in them. Cable-car pylons, avalanche barriers and paths are affected too.”
The Valais Cantonal Office for Natural Hazards said in a report published in May that 17 of the canton’s 58 huts stand on ground “potentially affected” by thawing permafrost, and that four of them require “immediate monitoring”.
External Content
For the hut’s wardens, Beat and Madeleine Imboden, who have run it for 22 summers, the news came as no surprise. Madeleine Imboden described their last season in an interview in French:
“Every morning we walked around the hut and looked at the cracks. We had little glass plates glued across them, and when one broke, we knew the rock had moved again.
“Last August a plate broke on a Tuesday and another on the Thursday. My husband said, ‘That’s it, I’m calling the association.’ I think we both knew then.
“We will miss the guests most. Some families have come up every year for three generations.”
The association plans to dismantle the hut next year and is studying whether a smaller replacement could be built on solid rock 300 metres to the west. A fundraising campaign, “A Roof for the Gratzhorn”, has so far raised 310,000 francs.
Brügger said a decision on the replacement was expected by 2027. “The mountain will decide, not us,” he said.
Keystone-SDA/jdp

More from this author
Join the conversation!""",
    [
        (
            "We have done everything we could to keep it standing, from steel anchors to drainage channels,",
            "Urs Brügger",
            "association president Urs Brügger",
            "said",
        ),
        (
            "But you cannot bolt a building to ground that is turning into gravel.",
            "Urs Brügger",
            "association president Urs Brügger",
            "said",
        ),
        (
            "At the Gratzhorn the temperature of the rock ten metres down has risen by almost one degree in 15 years,",
            "Salomé Fournier",
            "Fournier",
            "told",
        ),
        (
            "That sounds small. For ice that is already close to zero, it is everything.",
            "Salomé Fournier",
            "Fournier",
            "told",
        ),
        ("Huts are only the most visible problem,", "Salomé Fournier", ("she said", "she"), "said"),
        (
            "because people sleep in them. Cable-car pylons, avalanche barriers and paths are affected too.",
            "Salomé Fournier",
            ("she said", "she"),
            "said",
        ),
        (
            "potentially affected",
            "Valais Cantonal Office for Natural Hazards",
            "The Valais Cantonal Office for Natural Hazards",
            "said",
        ),
        (
            "immediate monitoring",
            "Valais Cantonal Office for Natural Hazards",
            "The Valais Cantonal Office for Natural Hazards",
            "said",
        ),
        (
            "Every morning we walked around the hut and looked at the cracks. We had little glass plates glued across them, and when one broke, we knew the rock had moved again.",
            "Madeleine Imboden",
            ("Madeleine Imboden described", "Madeleine Imboden"),
            "described",
        ),
        (
            "Last August a plate broke on a Tuesday and another on the Thursday. My husband said, ‘That’s it, I’m calling the association.’ I think we both knew then.",
            "Madeleine Imboden",
            ("Madeleine Imboden described", "Madeleine Imboden"),
            "described",
        ),
        (
            "We will miss the guests most. Some families have come up every year for three generations.",
            "Madeleine Imboden",
            ("Madeleine Imboden described", "Madeleine Imboden"),
            "described",
        ),
        ("The mountain will decide, not us,", "Urs Brügger", ("he said", "he"), "said"),
    ],
    ["A Roof for the Gratzhorn"],
)


if __name__ == "__main__":
    SET.write(Path(__file__).with_name("blind25_en.jsonl"), WORDS_RANGE)
