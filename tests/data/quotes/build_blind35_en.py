# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind35_en.jsonl: a thirty-fifth blind English quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions and cities aside). Beats
and outlets imitated: tsunami sirens that stayed silent in a monthly test (The Oregonian: a
headline scare quote with "blames", a city statement, a vendor's emailed statement, a county
inspection report, follow-on quotes after "Okabe said" running into an uncued paragraph, a pause
before a quote), a stalled heat-pump rebate programme (Grist: a dek partial quote, a programme name
in marks, an interrupted quote, an anonymous state employee, a contractor's nested saying of a
customer, a republication note), a district-cooling bill dispute in a residential tower (Gulf News:
straight marks with straight apostrophes, "told Gulf News", a company statement, a two-paragraph
testimony, an authority with its initials in brackets), an island desalination unit breaking down
before the season (Kathimerini English Edition: translated quotes, "the mayor" and "the deputy
minister" by title only, curly single quotes inside double ones, a ministry announcement, an
inverted "said Eleni"), a nonprofit newsroom merger that collapsed (Semafor Media: The Scoop / Know
More / Step Back / Room for Disagreement sections, a memo with "wrote", two people familiar with
the talks, a board statement, a podcast answer), a beach sand fight between two barrier-island
towns (Tampa Bay Times: straight marks, inverted "said Commissioner", public comment at a meeting,
a T-shirt slogan, an Army Corps of Engineers spokesman), a golf pro penalised for slow play (Golf
Channel-style site: a headline quote with no cue, an official's rules statement, a reporters'
question put in narration with "Asked" and an uncued answer, a playing partner), and a tango hall
closing over a rent rise (Buenos Aires Times: translated Spanish, a landlord company's statement, a
three-paragraph testimony with a nested saying, a song title and a hall's nickname in marks). Song
titles, slogans, programme names and nicknames in marks are listed as non-quotes. Gold conventions
are those of build_dev.py.
Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind35_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind35-en01",
    "en",
    """Cape Alder’s tsunami sirens stayed silent during test; city blames ‘software handshake’

Updated: Nov. 18, 2026, 6:14 p.m. | Published: Nov. 18, 2026, 5:02 p.m.
By Dana Whitcomb | The Oregonian/OregonLive

CAPE ALDER — None of the six tsunami sirens in this Tillamook County town of 1,900 sounded during a scheduled monthly test Wednesday morning, and city officials said they still could not say for certain why.
“We pushed the button at 11 a.m. and got nothing. Not a chirp,” said Fire Chief Rosalind Ebbert, who oversees the warning system. “That’s the kind of silence you never want to hear in this job.”
A tsunami siren on a pole above Alder Beach on Wednesday. Dana Whitcomb/The Oregonian
The City of Cape Alder said in a statement posted to its website Wednesday afternoon that a software update installed by the system’s vendor in October had broken “the handshake between the county dispatch console and the siren controllers.”
The vendor, Pacific Signal Systems of Kent, Washington, disputed that account. “Our update was tested and certified before release. We are working with the city to review its local configuration,” the company said in an emailed statement.
Read more: Oregon coast towns scramble to pay for tsunami evacuation towers
Mayor Glen Okabe said the town would rely on door-to-door notification and emergency text alerts until the sirens are fixed, and he urged residents to sign up for the county’s alert service.
“If you live below the blue line, don’t wait for a siren,” Okabe said. “If the ground shakes for more than 20 seconds, walk inland and uphill.
“That shaking is your warning. The siren never was.”
Some residents said they found out by accident. Bea Lindqvist, 71, who runs a kite shop on Front Street, learned about the failed test from a neighbor’s Facebook post. “Nobody from the city called me. I had to hear it secondhand, which kind of makes the point, doesn’t it?” she said.
The system was installed in 2009 with a federal grant and has failed partially twice before, according to county records. A 2023 inspection report by Tillamook County Emergency Management noted that two of the controllers were “near end of service life” and recommended replacing them “within 24 months.”
County emergency manager Theo Barrera said the replacement had been budgeted but was held up by supply problems with the radio boards. Asked whether residents were less safe this week, Barrera paused for a long moment.
“Less safe than we’d like,” he said. “But sirens are the backup, not the plan.”
The city plans to test the sirens again Friday at noon. Ebbert said firefighters would be posted at each pole to listen.
Have a tip? Email Dana Whitcomb at dwhitcomb@oregonian.com
Our journalism needs your support. Subscribe today to OregonLive.com.""",
    [
        ("software handshake", "City of Cape Alder", "city", "blames"),
        (
            "We pushed the button at 11 a.m. and got nothing. Not a chirp,",
            "Rosalind Ebbert",
            "Rosalind Ebbert",
            "said",
        ),
        (
            "That’s the kind of silence you never want to hear in this job.",
            "Rosalind Ebbert",
            "Rosalind Ebbert",
            "said",
        ),
        (
            "the handshake between the county dispatch console and the siren controllers.",
            "City of Cape Alder",
            "The City of Cape Alder",
            "said",
        ),
        (
            "Our update was tested and certified before release. We are working with the city to review its local configuration,",
            "Pacific Signal Systems",
            "the company",
            "said",
        ),
        ("If you live below the blue line, don’t wait for a siren,", "Glen Okabe", "Okabe", "said"),
        (
            "If the ground shakes for more than 20 seconds, walk inland and uphill.",
            "Glen Okabe",
            "Okabe",
            "said",
        ),
        ("That shaking is your warning. The siren never was.", "Glen Okabe", None, None),
        (
            "Nobody from the city called me. I had to hear it secondhand, which kind of makes the point, doesn’t it?",
            "Bea Lindqvist",
            ("she said", "she"),
            "said",
        ),
        (
            "near end of service life",
            "Tillamook County Emergency Management",
            "Tillamook County Emergency Management",
            "noted",
        ),
        (
            "within 24 months.",
            "Tillamook County Emergency Management",
            "Tillamook County Emergency Management",
            "recommended",
        ),
        ("Less safe than we’d like,", "Theo Barrera", ("he said", "he"), "said"),
        ("But sirens are the backup, not the plan.", "Theo Barrera", ("he said", "he"), "said"),
    ],
)

article(
    "blind35-en02",
    "en",
    """A state promised heat pump rebates. Eight months later, installers are still waiting.

Contractors in New Mexico say the delays are “killing the small shops” that were supposed to carry the transition.

By Marisol Quintana on Nov 12, 2026
Share: Copy link Bluesky Facebook Email

When New Mexico launched its “Warm Homes Rebate” in March, the pitch was simple: low- and moderate-income households could get up to $8,000 off the price of an electric heat pump, paid directly to the installer. Eight months later, contractors across the state say they have not been paid for most of the jobs they finished.
“I fronted the equipment for 41 installs,” said Ray Tafoya, who owns a four-person heating and cooling business in Las Cruces. “That’s about $230,000 sitting on my credit line while I wait for somebody in Santa Fe to push a button.”
Tafoya said he had stopped taking rebate jobs in September. One customer, a widow in her eighties, asked him why. “She said, ‘Ray, the radio told me this was free money.’ I had to tell her it was free for her, just not for me,” he said.
The program is run by the state’s Energy Transition Office, which said in a written response to Grist that it had processed “more than 1,900 applications” and that payments were delayed by “a required federal compliance review.”
A state employee who works on the program, and who asked not to be named because they were not authorized to speak to the press, described a different problem. “We have two people checking paperwork for the whole state,” the employee said. “The federal review is real, but it’s not why the pile is this high.”
Grist is a nonprofit, independent media organization. Support our work.
The delays matter beyond New Mexico. Similar programs are running in at least a dozen states, and climate advocates have argued that heat pumps will only spread if the installers who sell them can stay afloat.
“Contractors are the front door of this whole thing,” said Dolores Keane, policy director at the Southwest Building Electrification Alliance. “If the door is locked,” she said, “people go back to gas furnaces, and they keep them for 20 years.”
Keane said her group had asked the governor’s office to set a 60-day deadline for payments. The governor’s spokesperson, Ana Villalobos, said the administration was “taking the concerns seriously” and would add staff in December.
For now, installers are hedging. Tafoya said he would return to the program “the day the checks show up, not one day before.”
This story was originally published by Grist with the headline “A state promised heat pump rebates. Eight months later, installers are still waiting.” on Nov 12, 2026.""",
    [
        ("killing the small shops", "contractors", "Contractors", "say"),
        (
            "I fronted the equipment for 41 installs,",
            "Ray Tafoya",
            "Ray Tafoya",
            "said",
        ),
        (
            "That’s about $230,000 sitting on my credit line while I wait for somebody in Santa Fe to push a button.",
            "Ray Tafoya",
            "Ray Tafoya",
            "said",
        ),
        (
            "She said, ‘Ray, the radio told me this was free money.’ I had to tell her it was free for her, just not for me,",
            "Ray Tafoya",
            ("for me,” he said", "he"),
            "said",
        ),
        (
            "more than 1,900 applications",
            "Energy Transition Office",
            "Energy Transition Office",
            ("which said", "said"),
        ),
        (
            "a required federal compliance review.",
            "Energy Transition Office",
            "Energy Transition Office",
            ("which said", "said"),
        ),
        (
            "We have two people checking paperwork for the whole state,",
            "state employee",
            "the employee",
            "said",
        ),
        (
            "The federal review is real, but it’s not why the pile is this high.",
            "state employee",
            "the employee",
            "said",
        ),
        (
            "Contractors are the front door of this whole thing,",
            "Dolores Keane",
            "Dolores Keane",
            "said",
        ),
        ("If the door is locked,", "Dolores Keane", ("she said", "she"), "said"),
        (
            "people go back to gas furnaces, and they keep them for 20 years.",
            "Dolores Keane",
            ("she said", "she"),
            "said",
        ),
        ("taking the concerns seriously", "Ana Villalobos", "Ana Villalobos", "said"),
        (
            "the day the checks show up, not one day before.",
            "Ray Tafoya",
            "Tafoya",
            "said",
        ),
    ],
    [
        "Warm Homes Rebate",
        "A state promised heat pump rebates. Eight months later, installers are still waiting.",
    ],
)

article(
    "blind35-en03",
    "en",
    """Sharjah tower residents say cooling bills doubled in summer: 'We are paying for air we never used'

Provider says new meters are accurate, offers to recheck disputed accounts

Published: November 16, 2026 17:40 | Last updated: November 16, 2026 19:02
Hiba Al Mansoori, Staff Reporter

Sharjah: Residents of a 32-storey residential tower in Al Nahda say their district cooling bills almost doubled between June and September, after the building's provider replaced the old meters with smart ones.
"We are paying for air we never used," said Faisal Rahimi, an Afghan engineer who has lived in Al Sahel Tower with his family since 2019. He told Gulf News his bill for August came to Dh2,870, against Dh1,410 a year earlier, even though the family spent most of the month in Kabul. "The flat was closed. The thermostat was at 28. How do you consume that much cold when nobody is home?"
At least 60 households in the tower have signed a letter to the provider, Emirates Coolwave District Cooling, asking for the meter readings to be audited.
Also read
Dubai rents: what tenants need to know before renewing in 2027
In a statement sent to Gulf News, Emirates Coolwave said the new meters had been "calibrated and certified by an accredited third party" and that the higher bills reflected "an exceptionally hot summer and higher capacity charges."
The company added that it would "recheck any account where a resident believes there is an error, free of charge."
Not everyone is convinced. Priya Venkataraman, a teacher who lives on the 19th floor, said she had already paid for one recheck.
"They came, they looked at the meter for five minutes, and the technician said, 'Madam, the machine doesn't lie.' That was it. No printout, no explanation.
"I don't mind paying for what I use. I mind paying for what my neighbours use, or for what nobody uses," she said.
Cooling charges are a frequent source of complaints in the emirate's older towers, where residents often pay a fixed capacity fee on top of what they consume. The Sharjah Electricity, Water and Gas Authority (SEWA) regulates tariffs but does not handle individual billing disputes with private providers, an official at the authority told Gulf News, speaking on condition of anonymity.
The building's owners' association chairman, Khalid Al Zaabi, said the association had asked for a meeting with Emirates Coolwave next week. "We are not accusing anyone yet. We just want the numbers to be explained," Al Zaabi said.
Rahimi said he had paid the August bill to avoid disconnection. "With children at home, you cannot risk the cooling being cut. They know that," he said.
Get the latest news delivered to your WhatsApp. Follow the Gulf News channel
Keep up with the latest news, follow Gulf News on Google News""",
    [
        ("We are paying for air we never used", "Faisal Rahimi", None, None),
        ("We are paying for air we never used,", "Faisal Rahimi", "Faisal Rahimi", "said"),
        (
            "The flat was closed. The thermostat was at 28. How do you consume that much cold when nobody is home?",
            "Faisal Rahimi",
            ("He told", "He"),
            "told",
        ),
        (
            "calibrated and certified by an accredited third party",
            "Emirates Coolwave District Cooling",
            ("Gulf News, Emirates Coolwave said", "Emirates Coolwave"),
            "said",
        ),
        (
            "an exceptionally hot summer and higher capacity charges.",
            "Emirates Coolwave District Cooling",
            ("Gulf News, Emirates Coolwave said", "Emirates Coolwave"),
            "said",
        ),
        (
            "recheck any account where a resident believes there is an error, free of charge.",
            "Emirates Coolwave District Cooling",
            "The company",
            "added",
        ),
        (
            "They came, they looked at the meter for five minutes, and the technician said, 'Madam, the machine doesn't lie.' That was it. No printout, no explanation.",
            "Priya Venkataraman",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "I don't mind paying for what I use. I mind paying for what my neighbours use, or for what nobody uses,",
            "Priya Venkataraman",
            ("she said", "she"),
            ("she said", "said"),
        ),
        (
            "We are not accusing anyone yet. We just want the numbers to be explained,",
            "Khalid Al Zaabi",
            "Al Zaabi",
            "said",
        ),
        (
            "With children at home, you cannot risk the cooling being cut. They know that,",
            "Faisal Rahimi",
            ("he said", "he"),
            "said",
        ),
    ],
)

article(
    "blind35-en04",
    "en",
    """Desalination unit fails on Kimolos-area islet as tourist season looms

Water to be shipped in by tanker until repairs are completed, ministry says

ATHENS | 14.11.2026 • 09:12
Newsroom

The only desalination unit on the small Cycladic island of Amorgiani broke down last week, leaving its 640 permanent residents dependent on water shipped in by tanker and raising fears for the coming tourist season.
“The pumps stopped on Tuesday night and they have not started again,” the mayor of Amorgiani, Stavros Kalogeropoulos, told Kathimerini on Thursday. “We have water in the reservoir for perhaps ten days. After that, we depend entirely on the ship.”
The unit, installed in 2011, has suffered repeated breakdowns. According to the municipality, a replacement membrane ordered in the spring is still held up at a warehouse in Piraeus.
The Ministry of Environment and Energy announced on Friday that a tanker carrying 1,200 cubic meters of water would sail to the island every four days “for as long as necessary.” In the same announcement, the ministry said a technical team would be sent “within the week” to assess whether the unit could be repaired or had to be replaced.
Speaking on Skai radio, the deputy minister responsible for water, Theodora Mavridou, rejected criticism that the government had ignored the island’s warnings. “Nobody is being left without water. The tanker is paid for, the team is on its way, and the new unit is in the budget,” the deputy minister said.
The mayor was less reassured. He said the municipality had written to the ministry three times since January. “Every time, the answer was ‘we are examining it.’ Well, now the examination is over, because the unit is dead,” he said.
On the island, business owners are already counting the cost. Eleni Vrettou runs a guesthouse with nine rooms above the harbor and has bookings from April. “I cannot tell people to come and not shower,” said Eleni. “If the water is not secure by Easter, I will have to cancel.”
Her neighbor, fisherman Manolis Drakos, was more philosophical. His grandfather, he said, used to collect rainwater in cisterns on the roof. “He always told us, ‘The sea gives you everything except something to drink.’ We forgot that,” Drakos said.
Water scarcity is a growing problem in the Aegean, where several small islands rely on desalination or shipped water during the summer months. Environmental group Aigaio Zontano has called for a national plan for island water, which it says should not be drawn up “one emergency at a time.”
Related
Heatwave prompts water restrictions on three Dodecanese islands""",
    [
        (
            "The pumps stopped on Tuesday night and they have not started again,",
            "Stavros Kalogeropoulos",
            "Stavros Kalogeropoulos",
            "told",
        ),
        (
            "We have water in the reservoir for perhaps ten days. After that, we depend entirely on the ship.",
            "Stavros Kalogeropoulos",
            "Stavros Kalogeropoulos",
            "told",
        ),
        (
            "for as long as necessary.",
            "Ministry of Environment and Energy",
            "The Ministry of Environment and Energy",
            "announced",
        ),
        ("within the week", "Ministry of Environment and Energy", "the ministry", "said"),
        (
            "Nobody is being left without water. The tanker is paid for, the team is on its way, and the new unit is in the budget,",
            "Theodora Mavridou",
            ("the deputy minister said", "the deputy minister"),
            "said",
        ),
        (
            "Every time, the answer was ‘we are examining it.’ Well, now the examination is over, because the unit is dead,",
            "Stavros Kalogeropoulos",
            ("he said", "he"),
            "said",
        ),
        ("I cannot tell people to come and not shower,", "Eleni Vrettou", "Eleni", "said"),
        (
            "If the water is not secure by Easter, I will have to cancel.",
            "Eleni Vrettou",
            "Eleni",
            "said",
        ),
        (
            "He always told us, ‘The sea gives you everything except something to drink.’ We forgot that,",
            "Manolis Drakos",
            "Drakos",
            "said",
        ),
        ("one emergency at a time.", "Aigaio Zontano", ("which it says", "it"), "says"),
    ],
)

article(
    "blind35-en05",
    "en",
    """Nonprofit newsroom merger collapses in fight over who would run the newsroom

Keith Orlov
Updated Nov 17, 2026, 7:48pm EST
Media
Sign up for Semafor Media: The inside story of the industry. Read it now.

THE SCOOP
A planned merger between two of the country’s largest nonprofit local newsrooms, the Civic Ledger and the Prairie Beacon, has fallen apart weeks before it was due to close, according to two people familiar with the talks and an internal memo seen by Semafor.
“After months of good-faith work, we have concluded that we cannot reach an agreement that serves both newsrooms,” Civic Ledger chief executive Owen Castellanos wrote in the memo to staff on Monday. “I know this is not the news many of you hoped for.”
The deal, first announced in June, would have created a newsroom of about 140 journalists across six Midwestern states. It broke down over who would hold final editorial authority, the people said. One of them put it more bluntly: “Nobody wanted to be the No. 2.”
KNOW MORE
The Prairie Beacon’s board of directors said in a statement that it remained “committed to collaboration” with the Civic Ledger on individual projects but that a full combination “is no longer the right path.”
Judith Amsel, the Beacon’s editor-in-chief, who had been expected to become executive editor of the merged organization, declined to comment through a spokeswoman.
The collapse comes as philanthropic money for local news has tightened. Two of the largest funders behind the merger, the Harlan Trust and the Everly Family Foundation, had pledged $12 million on the condition that the newsrooms combine. A spokesperson for the Harlan Trust said the grant “will be reconsidered” in the new year.
Castellanos addressed the funding question last week, before the talks ended, on the “Newsroom Economics” podcast. “Funders like the word merger because it sounds like efficiency,” he said. “But you can’t spreadsheet your way out of a culture clash. I said that to our board in June, and I’d say it again.”
STEP BACK
Mergers were supposed to be the nonprofit news sector’s answer to a funding plateau. This one was pitched as the model, under the banner “Stronger Together, Closer to Home.” Its failure is likely to make other boards more cautious.
ROOM FOR DISAGREEMENT
Not everyone thinks the collapse is a bad sign. “A failed merger is better than a forced one,” said Teresa Ngata, who studies nonprofit media at the University of Iowa. “The worst outcome would have been two exhausted newsrooms stapled together, losing their best people for two years.”
NOTABLE
Staff at the Beacon had raised concerns about the deal in an open letter in August, writing that they feared becoming “a bureau of someone else’s newsroom.”""",
    [
        (
            "After months of good-faith work, we have concluded that we cannot reach an agreement that serves both newsrooms,",
            "Owen Castellanos",
            "Owen Castellanos",
            "wrote",
        ),
        (
            "I know this is not the news many of you hoped for.",
            "Owen Castellanos",
            "Owen Castellanos",
            "wrote",
        ),
        ("Nobody wanted to be the No. 2.", "person familiar with the talks", "One of them", "put"),
        (
            "committed to collaboration",
            "Prairie Beacon’s board of directors",
            "The Prairie Beacon’s board of directors",
            "said",
        ),
        (
            "is no longer the right path.",
            "Prairie Beacon’s board of directors",
            "The Prairie Beacon’s board of directors",
            "said",
        ),
        (
            "will be reconsidered",
            "Harlan Trust",
            "A spokesperson for the Harlan Trust",
            "said",
        ),
        (
            "Funders like the word merger because it sounds like efficiency,",
            "Owen Castellanos",
            ("he said", "he"),
            "said",
        ),
        (
            "But you can’t spreadsheet your way out of a culture clash. I said that to our board in June, and I’d say it again.",
            "Owen Castellanos",
            ("he said", "he"),
            "said",
        ),
        ("A failed merger is better than a forced one,", "Teresa Ngata", "Teresa Ngata", "said"),
        (
            "The worst outcome would have been two exhausted newsrooms stapled together, losing their best people for two years.",
            "Teresa Ngata",
            "Teresa Ngata",
            "said",
        ),
        (
            "a bureau of someone else’s newsroom.",
            "staff",
            "Staff at the Beacon",
            "writing",
        ),
    ],
    ["Newsroom Economics", "Stronger Together, Closer to Home."],
)

article(
    "blind35-en06",
    "en",
    """Two Pinellas beach towns are fighting over the same pile of sand

North Pelican Beach wants the next renourishment first. Sable Key says it was promised.

By Curtis Amundsen | Times Staff Writer
Published Nov. 19, 2026 | Updated Nov. 19, 2026

SABLE KEY - The sand sits offshore, about two miles out in the Gulf, in a borrow area that engineers say holds enough for one good renourishment project. Two beach towns want it, and only one is going to get it next year.
At a packed Pinellas County Commission workshop Tuesday, officials from North Pelican Beach and Sable Key made their cases for going first in a $38 million project that would pump sand onto beaches scoured by two hurricanes in 2024.
"We have condos where the dune used to be. Literally, the dune is gone and the pool deck is the beach now," said North Pelican Beach Mayor Tanya Whitlock. "If we wait another year, some of those buildings will be standing in the water."
Sable Key officials say the town was told in writing in 2023 that it would be next. City manager Hector Lindgren held up a copy of the letter at the workshop. "This is a county letterhead. It says, and I'm quoting, 'Sable Key will be prioritized in the next cycle.' We planned around that," Lindgren said.
Dozens of residents wore orange T-shirts printed with "Our Sand, Our Beach." Public comment ran nearly two hours.
"I've lived here 31 years and I've never seen it this bad," said Marguerite Fenn, a North Pelican Beach retiree, who said the sea now reaches her building's seawall at high tide. Another speaker, a Sable Key charter fishing captain who gave his name only as Bo, told commissioners the fight was "neighbors against neighbors, which is exactly what nobody needs after two storms."
The U.S. Army Corps of Engineers, which shares the cost of the project, has not taken sides. "Sequencing is a local decision. Our role is the engineering and the federal share," said Corps spokesman Alan Petrosky in an email.
The county's coastal manager, Debra Oyelowo, told commissioners the borrow area could support a second project "in roughly three to four years" if permits are renewed.
"Three to four years is a long time if you're the one waiting," said Commissioner Dale Pruitt, whose district includes both towns. Pruitt said he favored splitting the first project between the two beaches, even if neither gets as much sand as it wants.
"Half a loaf," he said. "But a loaf."
Commissioners are expected to vote Dec. 9.
Read more: Florida's beaches are running out of sand. Here's why.
Times staff writer Lena Ruiz contributed to this report.
Support local journalism. Subscribe to the Tampa Bay Times.""",
    [
        (
            "We have condos where the dune used to be. Literally, the dune is gone and the pool deck is the beach now,",
            "Tanya Whitlock",
            "Tanya Whitlock",
            "said",
        ),
        (
            "If we wait another year, some of those buildings will be standing in the water.",
            "Tanya Whitlock",
            "Tanya Whitlock",
            "said",
        ),
        (
            "This is a county letterhead. It says, and I'm quoting, 'Sable Key will be prioritized in the next cycle.' We planned around that,",
            "Hector Lindgren",
            "Lindgren",
            "said",
        ),
        (
            "I've lived here 31 years and I've never seen it this bad,",
            "Marguerite Fenn",
            "Marguerite Fenn",
            "said",
        ),
        (
            "neighbors against neighbors, which is exactly what nobody needs after two storms.",
            "Bo",
            ("only as Bo", "Bo"),
            "told",
        ),
        (
            "Sequencing is a local decision. Our role is the engineering and the federal share,",
            "Alan Petrosky",
            "Alan Petrosky",
            "said",
        ),
        ("in roughly three to four years", "Debra Oyelowo", "Debra Oyelowo", "told"),
        (
            "Three to four years is a long time if you're the one waiting,",
            "Dale Pruitt",
            "Dale Pruitt",
            "said",
        ),
        ("Half a loaf,", "Dale Pruitt", ("he said", "he"), "said"),
        ("But a loaf.", "Dale Pruitt", ("he said", "he"), "said"),
    ],
    ["Our Sand, Our Beach."],
)

article(
    "blind35-en07",
    "en",
    """‘I was never on the clock’: Halvorsen loses lead after slow-play penalty

By Brennan Coyle
November 15, 2026 at 8:05 PM

Anders Halvorsen teed off Saturday at the Saltmarsh Classic with a two-shot lead. He signed for a 74, a one-stroke penalty and a deficit of three, and he left Pelican Ridge Golf Club insisting he had done nothing wrong.
The 27-year-old Norwegian was penalized on the 15th hole after his group was timed for falling out of position, the Atlantic Pro Tour confirmed. According to the tour, Halvorsen took 71 seconds over his second shot on 15, his second "bad time" of the round.
“Under the pace of play policy, a second bad time in the same round carries a one-stroke penalty,” the tour said in a statement. “The player was informed of the timing on the 13th green.”
Halvorsen disputed that account when he spoke to reporters outside the scoring area, his cap still pulled low.
“I was never on the clock. Nobody told me anything on 13. The first I heard was on the 16th tee, when the referee said, ‘That’s a shot,’” Halvorsen said. “If I’d known, I’d have played faster. Simple as that.”
Asked whether he thought he was a slow player, Halvorsen smiled for the first time.
“Compared to who?”
Chief referee Gavin Moyle, who made the ruling, said he had spoken to all three players in the group after the 13th hole. “I told them they were being timed, clearly, and each of them acknowledged it,” Moyle said. He declined to say whether he had spoken to Halvorsen directly.
Halvorsen’s playing partner, the American Cody Ferrante, said he had heard the warning but was not sure Halvorsen had. “He was at the back of the green, lining up a putt. I don’t know if he heard,” Ferrante said. “I’m not taking sides. I just know it’s a tough way to lose a shot.”
Slow play has been a sore point on the tour this season. In August, the Atlantic Pro Tour’s player advisory council asked for electronic shot clocks on every tee, a proposal the tour has said it is “studying.”
Halvorsen, who is chasing his first win, was three behind leader Tomás Echeverri heading into Sunday’s final round.
“I’ll be ready,” he said. “And I’ll be quick.”
MORE: Saltmarsh Classic tee times, final round
Watch the final round Sunday from 1 p.m. ET on Golf Channel and Peacock.""",
    [
        ("I was never on the clock", "Anders Halvorsen", None, None),
        (
            "Under the pace of play policy, a second bad time in the same round carries a one-stroke penalty,",
            "Atlantic Pro Tour",
            ("the tour said", "the tour"),
            "said",
        ),
        (
            "The player was informed of the timing on the 13th green.",
            "Atlantic Pro Tour",
            ("the tour said", "the tour"),
            "said",
        ),
        (
            "I was never on the clock. Nobody told me anything on 13. The first I heard was on the 16th tee, when the referee said, ‘That’s a shot,’",
            "Anders Halvorsen",
            "Halvorsen",
            "said",
        ),
        (
            "If I’d known, I’d have played faster. Simple as that.",
            "Anders Halvorsen",
            "Halvorsen",
            "said",
        ),
        ("Compared to who?", "Anders Halvorsen", None, None),
        (
            "I told them they were being timed, clearly, and each of them acknowledged it,",
            "Gavin Moyle",
            "Moyle",
            "said",
        ),
        (
            "He was at the back of the green, lining up a putt. I don’t know if he heard,",
            "Cody Ferrante",
            "Ferrante",
            "said",
        ),
        (
            "I’m not taking sides. I just know it’s a tough way to lose a shot.",
            "Cody Ferrante",
            "Ferrante",
            "said",
        ),
        ("studying.", "Atlantic Pro Tour", "the tour", "has said"),
        ("I’ll be ready,", "Anders Halvorsen", ("he said", "he"), "said"),
        ("And I’ll be quick.", "Anders Halvorsen", ("he said", "he"), "said"),
    ],
    ["bad time"],
)

article(
    "blind35-en08",
    "en",
    """Boedo’s oldest milonga to close after landlord triples rent

After 58 years, dancers at El Farolito say goodbye to the hall they call “la catedral chica”

BY VALERIA OCAMPO
Buenos Aires Times | Saturday, November 21, 2026
Share on Facebook Share on X Share on WhatsApp

El Farolito, a tango hall on a corner of the Boedo neighbourhood that has hosted a milonga every Friday night since 1968, will close at the end of December after its landlord more than tripled the rent, its organisers announced this week.
“We cannot pay 4.2 million pesos a month. Nobody in tango can pay that,” said Graciela Benítez, 66, who has run the milonga since her father’s death in 2004. “They are not raising the rent. They are ending the milonga politely.”
The building’s owner, the property company Inmobiliaria Río Sur S.A., said in a statement that the new rent was “in line with market values for the area” and that the company had offered the organisers “a reasonable transition period.” It did not respond to further questions from the Times.
Photo: Dancers at El Farolito on a Friday night in October. (Buenos Aires Times/Juan Pablo Iriarte)
The closure is the latest in a string of losses for the city’s dance halls. According to the Buenos Aires Milonga Association (AMBA), at least 14 milongas have closed or moved since the start of 2025, most of them because of rent increases. “Tango is what tourists come to see, but the city treats the places where it lives like any other shop,” the association’s president, Ricardo Ferlini, told the Times.
Ferlini said the association was asking the City Legislature to grant historic-site protection to halls that have operated for more than 40 years. A bill to that effect has been stuck in committee since March.
For the regulars, the loss is personal. Osvaldo Quiroga, 81, a retired bus driver, has danced at El Farolito almost every Friday for half a century. He spoke to the Times between tandas, a glass of soda water in his hand.
“I met my wife on that floor in 1974. She was the best dancer in the room, and she knew it.
“The first time I asked her, she said, ‘Come back when you learn to listen to the music.’ It took me three Fridays.
“When she died, the people here carried me. So when you tell me the place is closing, you are not telling me about a building. You are telling me about my family,” Quiroga said.
The last milonga is planned for December 26. Benítez said the orchestra would close the night, as it always does, with “Volver al Farolito,” a tango written for the hall in 1971.
“We will dance until they turn off the lights,” she said. “And then maybe a little longer.”
Read more: Tango festival draws record crowds despite inflation
Translated quotes have been edited for length and clarity.""",
    [
        (
            "We cannot pay 4.2 million pesos a month. Nobody in tango can pay that,",
            "Graciela Benítez",
            "Graciela Benítez",
            "said",
        ),
        (
            "They are not raising the rent. They are ending the milonga politely.",
            "Graciela Benítez",
            "Graciela Benítez",
            "said",
        ),
        (
            "in line with market values for the area",
            "Inmobiliaria Río Sur S.A.",
            "Inmobiliaria Río Sur S.A.",
            "said",
        ),
        (
            "a reasonable transition period.",
            "Inmobiliaria Río Sur S.A.",
            "the company",
            "had offered",
        ),
        (
            "Tango is what tourists come to see, but the city treats the places where it lives like any other shop,",
            "Ricardo Ferlini",
            "Ricardo Ferlini",
            "told",
        ),
        (
            "I met my wife on that floor in 1974. She was the best dancer in the room, and she knew it.",
            "Osvaldo Quiroga",
            ("Quiroga said", "Quiroga"),
            ("Quiroga said", "said"),
        ),
        (
            "The first time I asked her, she said, ‘Come back when you learn to listen to the music.’ It took me three Fridays.",
            "Osvaldo Quiroga",
            ("Quiroga said", "Quiroga"),
            ("Quiroga said", "said"),
        ),
        (
            "When she died, the people here carried me. So when you tell me the place is closing, you are not telling me about a building. You are telling me about my family,",
            "Osvaldo Quiroga",
            ("Quiroga said", "Quiroga"),
            ("Quiroga said", "said"),
        ),
        (
            "We will dance until they turn off the lights,",
            "Graciela Benítez",
            ("she said", "she"),
            "said",
        ),
        ("And then maybe a little longer.", "Graciela Benítez", ("she said", "she"), "said"),
    ],
    ["la catedral chica", "Volver al Farolito,"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind35_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
