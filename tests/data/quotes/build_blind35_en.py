# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind35_en.jsonl: a thirty-fifth blind English quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions and cities aside).
Beats and outlets imitated: tsunami sirens that stayed silent in a monthly test (The Oregonian:
a headline scare quote with "blames", a city statement, a vendor's emailed statement, a county
inspection report, follow-on quotes after "Okabe said", a pause before a quote), a stalled
heat-pump rebate programme (Grist: a dek partial quote, a programme name in marks, an interrupted
quote, an anonymous state employee, a contractor's nested saying of a customer, a republication
note), a district-cooling bill dispute in a residential tower (Gulf News: straight marks with
straight apostrophes, "told Gulf News", a company statement, a two-paragraph testimony, an
authority with its initials in brackets), an island desalination unit breaking down before the
season (Kathimerini English Edition: translated quotes, "the mayor" and "the deputy minister"
by title only, curly single quotes inside double ones, a ministry announcement, an inverted
"said Eleni"), a nonprofit newsroom merger that collapsed (Semafor Media: The Scoop / Know More /
Step Back / Room for Disagreement sections, a memo with "wrote", two people familiar with the
talks, a board statement, a podcast answer), a beach sand fight between two barrier-island towns
(Tampa Bay Times: straight marks, inverted "said Commissioner", public comment at a meeting, a
T-shirt slogan, an Army Corps of Engineers spokesman), a golf pro penalised for slow play (Golf
Channel-style site: a headline quote with no cue, an official's rules statement, a reporter's
question quoted with "asked" and an uncued answer, a playing partner), and a tango hall closing
over a rent rise (Buenos Aires Times: translated Spanish, a landlord company's statement, a
three-paragraph testimony with a nested saying, a song title and a hall's nickname in marks).
Song titles, slogans, programme names and nicknames in marks are listed as non-quotes. Gold
conventions are those of build_dev.py.
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
            ("he said", "he"),
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
            "said",
        ),
        (
            "I don't mind paying for what I use. I mind paying for what my neighbours use, or for what nobody uses,",
            "Priya Venkataraman",
            ("she said", "she"),
            "said",
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


def main() -> None:
    SET.write(Path(__file__).with_name("blind35_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
