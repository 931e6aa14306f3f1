# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind43_en.jsonl: a forty-third blind English quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on English news text nobody tuned it on. Every
story, person, place and organisation is invented (real countries, regions and cities aside).
Beats and outlets imitated: an acequia fearing a subdivision's wells (Santa Fe New Mexican: a
single-marked headline partial quote with "parciantes warn", "said Elías Trujillo, the acequia's
mayordomo," cut into a quote, a consultancy that "concluded", a quote over two paragraphs, an
unnamed parciante, a water rights district by "a spokesman for" in an email, a mesa nickname and
a Spanish term in marks), a landslip cutting off an Undercliff hamlet (Isle of Wight County Press:
a headline quote with no cue, "residents say", "said:", an officer of a highways contractor who
"told" her, a statement and "A spokesperson added:", "the cabinet member", an uncued follow-on
paragraph, a Facebook post with "wrote", an unnamed carer, a WhatsApp group and a road nickname in
marks), a GAA club's floodlights objection (Limerick Leader: straight marks, a headline partial
quote with "hits out", a residents' association submission that "states" and "It also claims", a
quote over two paragraphs, "the statement said", an unnamed neighbour, "said Cllr Fitzgibbon,"
cut into a quote, under-12 hurlers "asking", a pitch nickname and a draw name in marks), a mango
flowering failure (Townsville Bulletin: present-tense "says", Ms/Dr without points, a quote over
two paragraphs, an interrupted quote with "he says,", an unnamed packing-shed owner, a supermarket
chain's spokeswoman, "says:", an uncued closing quote, a block nickname in marks, a photo credit),
broken wildlife fences (Kuensel, Bhutan: a headline partial quote with no cue, a gup named later
as "the Gup", a dzongkhag officer, an uncued follow-on paragraph, a tshogpa, a division's
notification that "advised", an unnamed farmer with "said a 67-year-old farmer", a programme name
in marks), a village borehole breakdown (Mmegi, Botswana: straight marks, a Kgosi, an interrupted
quote, a woman who spoke "in Setswana", placard slogans in marks, an authority by its initials and
"the statement said", "revealed", "he explained"), teaching assistant cuts at an academy trust
(Schools Week: a dek quote with "Union says", a consultation document that "states", "told
Schools Week", a union with its initials in brackets, a quote over two paragraphs after "said:", an
unnamed headteacher, a letter to parents with "the trust said", a report that "found", a report
title in marks) and a town's last video shop closing (The Spinoff: present-tense "says", nested
single marks, an uncued follow-on paragraph, a Facebook post with "wrote", an unnamed regular, a
trust chair with an interrupted quote, a landlord's text message with two partial quotes, a sign,
a room nickname and a film title in marks). Titles, names, terms, nicknames, signs and slogans in
marks are listed as non-quotes. Gold conventions are those of build_dev.py.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python tests/data/quotes/build_blind43_en.py`` after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)


article(
    "blind43-en01",
    "en",
    """Subdivision wells could leave acequia ‘bone dry,’ parciantes warn

By Teodora Vigil tvigil@sfnewmexican.com
Mar 18, 2026

Mayordomo Elías Trujillo walks the bank of the Acequia del Alamillo on Tuesday. The ditch has watered fields in the valley since the 1820s.
Luz Arellano/The New Mexican

Facebook Twitter WhatsApp SMS Email

RINCÓN SECO — For nearly two centuries, the Acequia del Alamillo has carried snowmelt from the Sangre de Cristo foothills to the small fields and orchards of this valley east of Santa Fe. Its members now fear a proposed 46-lot subdivision on the mesa above them could drain the shallow groundwater that keeps the ditch alive in dry summers.
“When the river drops in July, what keeps us going is the water seeping up from the ground into the ditch,” said Elías Trujillo, the acequia’s mayordomo, who oversees deliveries to its 38 parciantes, or members. “Put 46 wells on top of that, and you can guess what happens.”
The developer, Piñon Ridge Holdings LLC, has applied to the Upper Rio Grande Water Rights District for permits to drill domestic wells on the 120-acre property, known locally as “the Goat Mesa,” and Santa Fe County approved a preliminary plat for the project in December.
Tierra Azul Hydrologic, an Albuquerque consultancy hired by the developer, concluded in its report that the wells would lower the water table near the ditch by “less than a foot over 40 years.”
Trujillo called the study “a desk exercise by people who have never walked this ditch.”
Marissa Kettering, a managing partner of Piñon Ridge, said the company had followed every county rule and had already cut the number of lots from 60.
“We have done everything that was asked of us,” Kettering said, “and we have offered to fund a monitoring well so the acequia can see the data for itself.”
Piñon Ridge would also pay to line a 300-foot stretch of the ditch that loses water into sandy soil, she said, an offer the acequia’s three commissioners have not accepted.
Members voted unanimously this month to file a formal protest against the well permits.
“We are not against anybody building a house,” Trujillo said. “My own son needs a house.
“But the water in this valley was divided a long time ago, and it was divided carefully. You don’t get to show up at the top and take yours first.”
Parciantes still gather every April for the “limpia,” the spring cleaning of the ditch, when each household sends a worker or pays a fee. This year, Trujillo said, more people came than he could remember.
One longtime parciante, a retired schoolteacher who irrigates an apple orchard below the headgate, said she had seen the ditch run dry only twice in her life.
“Both times it was a drought year. With those wells, it would be every year,” the parciante said. She asked that her name not be used because relatives of hers work in construction in the county.
County Commissioner Ana Lucero-Baca, whose district includes the valley, said she had asked staff to review whether the plat adequately considered the acequia.
“Acequias are not decoration. They have legal standing in this state, and the county has to treat them that way,” Lucero-Baca said.
A spokesman for the Upper Rio Grande Water Rights District said in an email that the agency “does not comment on pending applications” but that protests received by April 15 would be heard by a hearing examiner.
The hearing is not expected before fall.

Read more: Drought outlook prompts early call for water conservation in Santa Fe""",
    [
        ("bone dry,", "parciantes", ("parciantes warn", "parciantes"), "warn"),
        (
            "When the river drops in July, what keeps us going is the water seeping up from the ground into the ditch,",
            "Elías Trujillo",
            ("said Elías Trujillo", "Elías Trujillo"),
            ("said Elías Trujillo", "said"),
        ),
        (
            "Put 46 wells on top of that, and you can guess what happens.",
            "Elías Trujillo",
            ("said Elías Trujillo", "Elías Trujillo"),
            ("said Elías Trujillo", "said"),
        ),
        (
            "less than a foot over 40 years.",
            "Tierra Azul Hydrologic",
            ("Tierra Azul Hydrologic, an", "Tierra Azul Hydrologic"),
            "concluded",
        ),
        (
            "a desk exercise by people who have never walked this ditch.",
            "Elías Trujillo",
            ("Trujillo called", "Trujillo"),
            "called",
        ),
        (
            "We have done everything that was asked of us,",
            "Marissa Kettering",
            ("Kettering said", "Kettering"),
            ("Kettering said", "said"),
        ),
        (
            "and we have offered to fund a monitoring well so the acequia can see the data for itself.",
            "Marissa Kettering",
            ("Kettering said", "Kettering"),
            ("Kettering said", "said"),
        ),
        (
            "We are not against anybody building a house,",
            "Elías Trujillo",
            ("Trujillo said. “My", "Trujillo"),
            ("Trujillo said. “My", "said"),
        ),
        (
            "My own son needs a house.",
            "Elías Trujillo",
            ("Trujillo said. “My", "Trujillo"),
            ("Trujillo said. “My", "said"),
        ),
        (
            "But the water in this valley was divided a long time ago, and it was divided carefully. You don’t get to show up at the top and take yours first.",
            "Elías Trujillo",
            None,
            None,
        ),
        (
            "Both times it was a drought year. With those wells, it would be every year,",
            "parciante",
            ("the parciante said", "parciante"),
            ("the parciante said", "said"),
        ),
        (
            "Acequias are not decoration. They have legal standing in this state, and the county has to treat them that way,",
            "Ana Lucero-Baca",
            ("Lucero-Baca said", "Lucero-Baca"),
            ("Lucero-Baca said", "said"),
        ),
        (
            "does not comment on pending applications",
            "Upper Rio Grande Water Rights District",
            "A spokesman for the Upper Rio Grande Water Rights District",
            ("District said in an email", "said"),
        ),
    ],
    ["the Goat Mesa,", "limpia,"],
)

article(
    "blind43-en02",
    "en",
    """‘We’re an island on an island’: Undercliff hamlet cut off by landslip

By Hannah Wetherick
Wednesday 11 March 2026, 4:42pm

Share

Residents of a hamlet in the Undercliff say they feel “completely forgotten” after a landslip closed the only road to their homes, possibly for months.
A 40-metre section of Coombe Lane, between Niton and Coombe Undercliff, slid downhill overnight on Sunday (8) after weeks of heavy rain, leaving a drop of around three metres where the carriageway used to be.
Fourteen households can now only be reached on foot, along a muddy path across neighbouring farmland.
The collapsed section of Coombe Lane on Monday morning. Picture: Marcus Tebbutt
Pauline Rudd, 71, who has lived in the hamlet for 30 years, said: “We’re an island on an island now. The postman left our parcels in a wheelbarrow at the top of the field yesterday.”
Mrs Rudd said an officer from Wightway Highways, which maintains the Island’s roads for the council, had told her on Monday to “be prepared for the long haul”.
Neighbours have set up a WhatsApp group, “Coombe Cut-Off”, to organise lifts, shopping and prescription collections from Niton.
In a statement, Wightway Highways said geotechnical engineers were assessing the slope and the road would stay shut “until it is safe to reopen, which will not be a matter of days”.
A spokesperson added: “We understand how distressing this is for residents. A temporary footpath with handrails will be in place by the end of the week, and we are working with the fire service on emergency access.”
The lane, known to locals as “the Switchback” because of its tight bends, has slipped before, most recently in 2014, when it was closed for seven months.
Cllr Jonty Pellow, the council’s cabinet member for highways, visited the site on Tuesday.
“I’ve been up there twice now, and honestly it is one of the worst movements we have seen on that stretch,” he told the County Press.
“There is no quick fix. The ground is still moving, and until it stops, nobody can build anything on it.”
The cabinet member said options being looked at included a temporary single-lane bridge, but that “nobody should be under any illusions about the cost”.
Ward councillor Steph Gallop wrote on Facebook on Tuesday: “Spoke to every household this morning. Priorities are medicines, heating oil deliveries and carers getting in. Please message me directly if you’re stuck.”
One carer, who visits an elderly resident three times a day, said she now has to park at the top of the field and carry equipment down on foot.
“It’s fine when it’s dry. When it’s like this you’re ankle-deep in mud with a hoist battery under your arm,” the carer said.
Heating oil supplier Southwight Fuels said it would deliver to the hamlet in smaller drums “for as long as it takes”.
For Mrs Rudd, the bigger worry is next winter.
“If it isn’t open by October, I honestly don’t know what some of us will do.”

Local Democracy Reporting Service

Read more: Military Road resurfacing to start after Easter

Comments""",
    [
        ("We’re an island on an island", "Pauline Rudd", None, None),
        ("completely forgotten", "residents", "Residents", "say"),
        (
            "We’re an island on an island now. The postman left our parcels in a wheelbarrow at the top of the field yesterday.",
            "Pauline Rudd",
            "Pauline Rudd",
            ("said: “We’re", "said"),
        ),
        (
            "be prepared for the long haul",
            "Wightway Highways",
            "an officer from Wightway Highways",
            "told",
        ),
        (
            "until it is safe to reopen, which will not be a matter of days",
            "Wightway Highways",
            ("Wightway Highways said", "Wightway Highways"),
            ("Wightway Highways said", "said"),
        ),
        (
            "We understand how distressing this is for residents. A temporary footpath with handrails will be in place by the end of the week, and we are working with the fire service on emergency access.",
            "Wightway Highways",
            "A spokesperson",
            "added",
        ),
        (
            "I’ve been up there twice now, and honestly it is one of the worst movements we have seen on that stretch,",
            "Jonty Pellow",
            ("he told", "he"),
            "told",
        ),
        (
            "There is no quick fix. The ground is still moving, and until it stops, nobody can build anything on it.",
            "Jonty Pellow",
            None,
            None,
        ),
        (
            "nobody should be under any illusions about the cost",
            "Jonty Pellow",
            "The cabinet member",
            ("cabinet member said", "said"),
        ),
        (
            "Spoke to every household this morning. Priorities are medicines, heating oil deliveries and carers getting in. Please message me directly if you’re stuck.",
            "Steph Gallop",
            "Steph Gallop",
            "wrote",
        ),
        (
            "It’s fine when it’s dry. When it’s like this you’re ankle-deep in mud with a hoist battery under your arm,",
            "carer",
            ("the carer said", "carer"),
            ("the carer said", "said"),
        ),
        (
            "for as long as it takes",
            "Southwight Fuels",
            "Southwight Fuels",
            ("Fuels said", "said"),
        ),
        (
            "If it isn’t open by October, I honestly don’t know what some of us will do.",
            "Pauline Rudd",
            None,
            None,
        ),
    ],
    ["Coombe Cut-Off", "the Switchback"],
)

article(
    "blind43-en03",
    "en",
    """Club chairman hits out at 'shocking' objection to Kilcurran floodlights

Reporter: Aoife Scanlan

18 Mar 2026 7:00 AM

Email: aoife.scanlan@limerickleader.ie

THE chairman of a county Limerick GAA club has hit out at what he called a "shocking" objection to its plans for floodlights, claiming it could cost hundreds of children a winter of training.
St Colmán's GAA Club in Kilcurran lodged a planning application in January for eight 18-metre lighting columns around its main pitch, which is known locally as "the Bog Field" after the marshy ground it was built on in the 1970s.
The club raised almost €140,000 for the project through its "Light Up Kilcurran" draw last year.
But a submission from the Ballyneety Road Residents' Association, lodged with the local authority last month, objects to the development on the grounds of light pollution, noise and traffic.
The lights would cause "significant light spill into bedrooms and gardens" and turn the village into "a floodlit stadium in the middle of the countryside", the submission states.
It also claims that evening training would bring "up to 60 additional cars" onto a narrow road with no footpath.
Club chairman Declan Hartigan said he had been "genuinely shocked" by the tone of the objection.
"We have over 400 children in this club, from under-sixes up to minor," he told the Limerick Leader. "From October to March they're training in the dark, or they're being driven 20 minutes to rent a pitch, and half the parents can't do that.
"We're not building Croke Park. These are the same lights you'd see at any club in the county, and they'll be off by half nine every night."
Mr Hartigan said the club had offered to meet residents before the application was lodged, but "got no reply".
The residents' association, in a statement to this newspaper, said it "fully supports" the club and its work with young people.
"Our members are not anti-GAA. Many of them played for St Colmán's," the statement said. "Our concern is with the scale of this project and the lack of any meaningful consultation with the houses closest to the pitch."
One neighbour, whose house backs directly onto the pitch, said she had been at the county final in 2019 to cheer the club on.
"I'd love to see them win another one. But nobody asked us anything, and now we're the villains," the neighbour said.
Local councillor Majella Fitzgibbon said she had been contacted by "both sides, and often" in recent weeks.
"It's a planning matter, and the right thing now is to let the process work," said Cllr Fitzgibbon, "but I'd hope everyone can sit around a table before it ends up in an appeal."
A decision on the application is due by April 9.
The club's under-12 hurlers, who trained under borrowed tractor lights in a neighbouring farmer's yard last December, have since posted a video online asking residents to "give us a chance".

Sign up to the Limerick Leader newsletter

Read More
Limerick hurlers hit by injury blow ahead of league clash""",
    [
        (
            "shocking",
            "Declan Hartigan",
            ("Club chairman hits", "Club chairman"),
            ("chairman hits out", "hits out"),
        ),
        ("shocking", "Declan Hartigan", ("what he called", "he"), "called"),
        (
            "significant light spill into bedrooms and gardens",
            "Ballyneety Road Residents' Association",
            ("the submission states", "the submission"),
            ("submission states", "states"),
        ),
        (
            "a floodlit stadium in the middle of the countryside",
            "Ballyneety Road Residents' Association",
            ("the submission states", "the submission"),
            ("submission states", "states"),
        ),
        (
            "up to 60 additional cars",
            "Ballyneety Road Residents' Association",
            ("It also claims", "It"),
            "claims",
        ),
        (
            "genuinely shocked",
            "Declan Hartigan",
            ("Declan Hartigan said", "Declan Hartigan"),
            ("Declan Hartigan said", "said"),
        ),
        (
            "We have over 400 children in this club, from under-sixes up to minor,",
            "Declan Hartigan",
            ("he told the Limerick", "he"),
            ("he told the Limerick", "told"),
        ),
        (
            "From October to March they're training in the dark, or they're being driven 20 minutes to rent a pitch, and half the parents can't do that.",
            "Declan Hartigan",
            ("he told the Limerick", "he"),
            ("he told the Limerick", "told"),
        ),
        (
            "We're not building Croke Park. These are the same lights you'd see at any club in the county, and they'll be off by half nine every night.",
            "Declan Hartigan",
            None,
            None,
        ),
        (
            "got no reply",
            "Declan Hartigan",
            "Mr Hartigan",
            ("Hartigan said the club", "said"),
        ),
        (
            "fully supports",
            "Ballyneety Road Residents' Association",
            "The residents' association",
            ('said it "fully', "said"),
        ),
        (
            "Our members are not anti-GAA. Many of them played for St Colmán's,",
            "Ballyneety Road Residents' Association",
            ("the statement said", "the statement"),
            ("the statement said", "said"),
        ),
        (
            "Our concern is with the scale of this project and the lack of any meaningful consultation with the houses closest to the pitch.",
            "Ballyneety Road Residents' Association",
            ("the statement said", "the statement"),
            ("the statement said", "said"),
        ),
        (
            "I'd love to see them win another one. But nobody asked us anything, and now we're the villains,",
            "neighbour",
            ("the neighbour said", "neighbour"),
            ("the neighbour said", "said"),
        ),
        (
            "both sides, and often",
            "Majella Fitzgibbon",
            "Majella Fitzgibbon",
            ("Fitzgibbon said she", "said"),
        ),
        (
            "It's a planning matter, and the right thing now is to let the process work,",
            "Majella Fitzgibbon",
            "Cllr Fitzgibbon",
            ("said Cllr Fitzgibbon", "said"),
        ),
        (
            "but I'd hope everyone can sit around a table before it ends up in an appeal.",
            "Majella Fitzgibbon",
            "Cllr Fitzgibbon",
            ("said Cllr Fitzgibbon", "said"),
        ),
        (
            "give us a chance",
            "hurlers",
            "The club's under-12 hurlers",
            "asking",
        ),
    ],
    ["the Bog Field", "Light Up Kilcurran"],
)

article(
    "blind43-en04",
    "en",
    """Burdekin mango growers warn of ‘worst season in 20 years’ after warm winter

Growers across the Burdekin say a warm winter has left their trees barely flowering, with some predicting their smallest crop in two decades.

Rhys Callinan
3 min read
September 14, 2026 - 5:30AM

Giru mango grower Tanya Bettiol inspects a tree with almost no flower on her family’s orchard. Picture: Joel Ravenscroft

Mango growers in the Burdekin are bracing for one of their leanest seasons in living memory after a run of warm winter nights left many orchards with barely a flower on them.
Giru grower Tanya Bettiol, who runs 9000 trees with her husband on a property her grandparents planted, says she has never seen anything like it.
“Normally by now you’d drive down the rows and the whole orchard would be yellow-green with flower,” Ms Bettiol says. “This year I’ve got whole blocks that look like it’s the middle of summer.
“You can’t fix that with fertiliser or water. The trees need cold nights, and we just didn’t get them.”
Her oldest block, 80-year-old trees the family calls “the Grannies”, has not flowered at all.
Weather records show Ayr had just four nights below 12C between June and August, against a long-term average of more than 20.
Dr Kieran Hollis, a horticulture scientist at the North Queensland Tropical Research Centre, says mango trees rely on a spell of cool weather to trigger flowering.
“It’s the cold that tells the tree to stop growing leaves and start making flowers,” Dr Hollis says. “When winters stay warm, the tree just keeps pushing out new leaf, and the fruit never comes.”
He says orchards on the Tablelands, where nights are cooler, appear to have flowered normally, which should soften the hit to supply.
Burdekin Mango Growers Association president Luke Mazzaferro says members are reporting flowering of “anywhere between 10 and 40 per cent” of a normal year.
“We’ll still have mangoes for Christmas,” he says, “just not as many, and people should expect to pay a bit more for them.”
The owner of a Home Hill packing shed, who asked not to be named, says she has told her casual staff to expect “maybe six weeks of work instead of 14”.
Many of those workers are backpackers and seasonal workers from the Pacific who move between farms.
A spokeswoman for FreshWay supermarkets said the chain was “working closely with our Queensland growers” and expected to have mangoes in stores “right through the festive season”.
Burdekin MP Dale Kerswell has written to the state Agriculture Minister asking for low-interest loans to be made available to affected growers.
“This isn’t a drought and it isn’t a cyclone, so it falls through every crack in the disaster system,” Mr Kerswell said.
Asked what she would tell shoppers this summer, Ms Bettiol says: “Buy Australian, buy local, and please don’t complain about the price.”
“It’s been a hard year to be a farmer up here. We’ll get through it. We always do.”

Read related topics: Townsville
Share
Add your comment to this story""",
    [
        ("worst season in 20 years", "growers", "Burdekin mango growers", "warn"),
        (
            "Normally by now you’d drive down the rows and the whole orchard would be yellow-green with flower,",
            "Tanya Bettiol",
            "Ms Bettiol",
            ("Bettiol says. “This", "says"),
        ),
        (
            "This year I’ve got whole blocks that look like it’s the middle of summer.",
            "Tanya Bettiol",
            "Ms Bettiol",
            ("Bettiol says. “This", "says"),
        ),
        (
            "You can’t fix that with fertiliser or water. The trees need cold nights, and we just didn’t get them.",
            "Tanya Bettiol",
            None,
            None,
        ),
        (
            "It’s the cold that tells the tree to stop growing leaves and start making flowers,",
            "Kieran Hollis",
            "Dr Hollis",
            ("Hollis says", "says"),
        ),
        (
            "When winters stay warm, the tree just keeps pushing out new leaf, and the fruit never comes.",
            "Kieran Hollis",
            "Dr Hollis",
            ("Hollis says", "says"),
        ),
        (
            "anywhere between 10 and 40 per cent",
            "Luke Mazzaferro",
            "Luke Mazzaferro",
            ("Mazzaferro says", "says"),
        ),
        ("We’ll still have mangoes for Christmas,", "Luke Mazzaferro", ("he says", "he"), "says"),
        (
            "just not as many, and people should expect to pay a bit more for them.",
            "Luke Mazzaferro",
            ("he says", "he"),
            "says",
        ),
        (
            "maybe six weeks of work instead of 14",
            "owner",
            "The owner of a Home Hill packing shed",
            ("she has told", "told"),
        ),
        (
            "working closely with our Queensland growers",
            "FreshWay",
            "A spokeswoman for FreshWay",
            ("supermarkets said", "said"),
        ),
        (
            "right through the festive season",
            "FreshWay",
            "A spokeswoman for FreshWay",
            ("supermarkets said", "said"),
        ),
        (
            "This isn’t a drought and it isn’t a cyclone, so it falls through every crack in the disaster system,",
            "Dale Kerswell",
            "Mr Kerswell",
            "said",
        ),
        (
            "Buy Australian, buy local, and please don’t complain about the price.",
            "Tanya Bettiol",
            ("Ms Bettiol says:", "Ms Bettiol"),
            ("Bettiol says:", "says"),
        ),
        (
            "It’s been a hard year to be a farmer up here. We’ll get through it. We always do.",
            "Tanya Bettiol",
            None,
            None,
        ),
    ],
    ["the Grannies"],
)

article(
    "blind43-en05",
    "en",
    """Farmers in Menchari left ‘guarding fields all night’ as wildlife fences fail

Tshering Dema | Lhuentse

Farmers in Menchari gewog, Lhuentse, say broken electric fences have left their paddy and maize exposed to wild pigs and monkeys only weeks before harvest.

Sonam Wangmo, 54, from Yangkhar village, said she and her daughter-in-law take turns sleeping in a small bamboo hut at the edge of their field.
“The fence current stopped in July. Since then we are guarding fields all night, every night, with a torch and a tin drum,” she said. “One night I fell asleep and by morning a third of the maize was gone.”
The fences, covering about 17 kilometres around the gewog’s main farming areas, were installed in 2021 under the “Safe Fields Programme”, with the government supplying wire, posts and solar energisers and farmers contributing labour.
Menchari Gup Pema Dorji said 11 of the 17 kilometres were no longer working. The batteries supplied with the energisers had “simply died” after four years, he said, and most households could not afford replacements.
“Each battery costs around Nu 18,000. For a household that sells a few sacks of chilli and some potatoes, that is impossible,” the Gup said.
He said the gewog had written to the dzongkhag twice since June.
Dzongkhag agriculture officer Karma Tenzin said funds for replacement batteries had been requested in the current financial year’s budget. “We have submitted the proposal. Once the budget is approved, we will prioritise the worst-affected chiwogs,” he said.
He said farmers were also responsible for clearing the fence lines.
“Bushes grow over the wire and drain the current. Some of the problem is maintenance, not batteries.”
Yangkhar Tshogpa Ugyen Lhamo disagreed. “People clear the line every month, even in the rain. We cannot clear a battery that is dead,” she said.
A notification issued by the Wildlife Conflict Management Division last month advised farmers to “report any fence failure to the gewog administration within seven days” and to keep records of crop losses for compensation claims.
Farmers in Yangkhar and Phuyum villages said the compensation, when it came, was too small and too late.
“Before the fence, we lost half the harvest. With the fence, we lost nothing. Now we are back to before,” said a 67-year-old farmer from Phuyum, who was harvesting the little maize that remained on his terrace.
According to the gewog administration, at least 36 households have reported crop damage by wild pigs since August, and monkeys have been sighted near the school.
Some farmers have returned to the old practice of lighting fires at the field edges through the night, while others have stopped growing maize altogether and planted cardamom, which wild pigs do not eat.
Sonam Wangmo said she would keep guarding her field until the harvest is in.
“We have no other choice. This is our food for the whole year.”

Edited by Sherub Lhamo""",
    [
        ("guarding fields all night", "Sonam Wangmo", None, None),
        (
            "The fence current stopped in July. Since then we are guarding fields all night, every night, with a torch and a tin drum,",
            "Sonam Wangmo",
            ("she said", "she"),
            "said",
        ),
        (
            "One night I fell asleep and by morning a third of the maize was gone.",
            "Sonam Wangmo",
            ("she said", "she"),
            "said",
        ),
        ("simply died", "Pema Dorji", ("he said, and", "he"), ("he said, and", "said")),
        (
            "Each battery costs around Nu 18,000. For a household that sells a few sacks of chilli and some potatoes, that is impossible,",
            "Pema Dorji",
            "the Gup",
            ("the Gup said", "said"),
        ),
        (
            "We have submitted the proposal. Once the budget is approved, we will prioritise the worst-affected chiwogs,",
            "Karma Tenzin",
            ("chiwogs,” he said", "he"),
            ("chiwogs,” he said", "said"),
        ),
        (
            "Bushes grow over the wire and drain the current. Some of the problem is maintenance, not batteries.",
            "Karma Tenzin",
            None,
            None,
        ),
        (
            "People clear the line every month, even in the rain. We cannot clear a battery that is dead,",
            "Ugyen Lhamo",
            ("she said", "she"),
            "said",
        ),
        (
            "report any fence failure to the gewog administration within seven days",
            "Wildlife Conflict Management Division",
            "Wildlife Conflict Management Division",
            "advised",
        ),
        (
            "Before the fence, we lost half the harvest. With the fence, we lost nothing. Now we are back to before,",
            "farmer",
            ("a 67-year-old farmer", "farmer"),
            ("said a 67-year-old", "said"),
        ),
        (
            "We have no other choice. This is our food for the whole year.",
            "Sonam Wangmo",
            None,
            None,
        ),
    ],
    ["Safe Fields Programme"],
)

article(
    "blind43-en06",
    "en",
    """Ditlharapa residents go three weeks without water

NALEDI MOTSHEGWA
Staff Writer
Friday, 13 March 2026

Residents of Ditlharapa in the Kweneng District say they have been without running water for three weeks after the village's only working borehole broke down, forcing families to buy water from donkey-cart vendors at P10 a drum.
At a heated kgotla meeting on Tuesday, residents accused the Botswana Rural Water Authority (BRWA) of ignoring repeated reports of the fault.
Kgosi Tebogo Molefhi, who chaired the meeting, said the village had been "left to fend for itself".
"We have been patient," Kgosi Molefhi said, "but patience does not fill a bucket. Our children are going to school without bathing."
An elderly woman told the meeting that she had to pay a neighbour's son to push a wheelbarrow of water containers from a standpipe in the next village.
"I am 78 years old. I cannot carry water like I did when I was a girl," the woman said in Setswana.
Some residents carried placards reading "Metsi ke botshelo" and "BRWA wake up", while others brought empty containers to the kgotla and lined them up in front of the officials.
In a statement released on Wednesday, the BRWA said the borehole pump had failed due to "a burnt-out motor" and that a replacement had been ordered from Gaborone.
"The Authority regrets the inconvenience to the residents of Ditlharapa. A water bowser has been dispatched to the village and will supply residents on alternate days until the pump is replaced," the statement said.
But residents said the bowser had come only once.
"It came on Thursday, it filled a few drums and it left. We have not seen it since," said Olebile Kgosiemang, a cattle farmer who also keeps a small vegetable garden that he says has now dried up.
BRWA regional manager Mr Kagiso Segokgo revealed that the pump at Ditlharapa was 14 years old and had been "due for replacement" since 2023.
"We are aware that several boreholes in the district are ageing. We are replacing them in phases, according to the funds available," he explained when reached for comment.
He said the bowser had been diverted to two other villages during the week because of "an emergency in Sesung", but would return to Ditlharapa on Saturday.
Area MP Onkemetse Ditshwanelo said he had raised the matter with the minister.
"This is not the first time. Last year it was the same borehole and the same story. The Authority must tell us why it keeps failing," Ditshwanelo said.
Residents resolved at the kgotla to give the BRWA until the end of the month before taking their complaint to the district commissioner.
Kgosi Molefhi urged calm. "We will not block roads. We will follow the proper channels, but we will not be quiet," he said.

Comments (0)
Share this article""",
    [
        (
            "left to fend for itself",
            "Tebogo Molefhi",
            "Kgosi Tebogo Molefhi",
            ("Molefhi, who chaired the meeting, said", "said"),
        ),
        (
            "We have been patient,",
            "Tebogo Molefhi",
            ("Kgosi Molefhi said", "Kgosi Molefhi"),
            ("Molefhi said", "said"),
        ),
        (
            "but patience does not fill a bucket. Our children are going to school without bathing.",
            "Tebogo Molefhi",
            ("Kgosi Molefhi said", "Kgosi Molefhi"),
            ("Molefhi said", "said"),
        ),
        (
            "I am 78 years old. I cannot carry water like I did when I was a girl,",
            "woman",
            ("the woman said", "woman"),
            ("the woman said", "said"),
        ),
        (
            "a burnt-out motor",
            "Botswana Rural Water Authority",
            ("the BRWA said", "BRWA"),
            ("the BRWA said", "said"),
        ),
        (
            "The Authority regrets the inconvenience to the residents of Ditlharapa. A water bowser has been dispatched to the village and will supply residents on alternate days until the pump is replaced,",
            "Botswana Rural Water Authority",
            ("the statement said", "the statement"),
            ("the statement said", "said"),
        ),
        (
            "It came on Thursday, it filled a few drums and it left. We have not seen it since,",
            "Olebile Kgosiemang",
            "Olebile Kgosiemang",
            ("said Olebile", "said"),
        ),
        (
            "due for replacement",
            "Kagiso Segokgo",
            "Mr Kagiso Segokgo",
            "revealed",
        ),
        (
            "We are aware that several boreholes in the district are ageing. We are replacing them in phases, according to the funds available,",
            "Kagiso Segokgo",
            ("he explained", "he"),
            "explained",
        ),
        (
            "an emergency in Sesung",
            "Kagiso Segokgo",
            ("He said the bowser", "He"),
            ("He said the bowser", "said"),
        ),
        (
            "This is not the first time. Last year it was the same borehole and the same story. The Authority must tell us why it keeps failing,",
            "Onkemetse Ditshwanelo",
            ("Ditshwanelo said.", "Ditshwanelo"),
            ("Ditshwanelo said.", "said"),
        ),
        (
            "We will not block roads. We will follow the proper channels, but we will not be quiet,",
            "Tebogo Molefhi",
            ("he said.\n\nComments", "he"),
            ("he said.\n\nComments", "said"),
        ),
    ],
    ["Metsi ke botshelo", "BRWA wake up"],
)

article(
    "blind43-en07",
    "en",
    """Trust to axe 60 teaching assistant posts to plug £3m deficit

Union says plans will leave pupils with special needs “without support”

by Jack Dearlove
Published 9 Mar 2026, 17:00

A multi-academy trust is planning to cut around 60 teaching assistant posts across its schools to close a £3 million budget gap.
Riverside Learning Partnership, which runs 14 primary and three secondary schools across Lincolnshire and Nottinghamshire, launched a 45-day consultation with staff last week.
The consultation document, seen by Schools Week, states that the trust’s current staffing model is “no longer affordable” and that a “significant reduction in support staff” is required from September.
It proposes replacing class-based assistants in most primary schools with a smaller pool of intervention staff shared between year groups.
Chief executive Sarah Okafor told Schools Week the trust had “no good options”.
“We have had three years of pay awards that were not fully funded, energy costs that doubled and a fall in pupil numbers in several of our towns,” she said. “I have looked at every other line of the budget first. This is the last thing any of us wanted to do.”
The Association of Teaching and Support Staff (ATSS) said the plans would leave children with special educational needs and disabilities “without the support they are legally entitled to”.
ATSS regional organiser Gary Whitlam said: “These are the lowest-paid people in the building, and they are being asked to pay for a funding crisis they did not cause.
“Many of them are the reason a child with autism can stay in a mainstream classroom at all. Take them away and the trust will soon find out what that costs.”
The union is holding meetings with members at each school this week and has not ruled out industrial action.
One headteacher at a trust primary, who asked not to be named, said staff had been told about the consultation in a 20-minute online briefing.
“I found out at the same time as my TAs. That tells you everything about how this has been handled,” the headteacher said.
In a letter to parents, also seen by Schools Week, the trust said “no child’s EHCP provision will be reduced” as a result of the changes.
Okafor said the trust would “look seriously at every alternative put forward” during the consultation, including voluntary redundancies and reduced hours.
The trust is not alone. The Institute for School Funding’s report “Stretched Thin”, published in January, found that one in five trusts were “planning reductions in support staff within two years”.
Its director, Dr Helen Marchbank, said support staff had become “the shock absorber of school budgets”.
“When the money runs short, the people without a teaching qualification are the first to go, even though the evidence says the best of them make a real difference,” she said.
The consultation closes on April 24.

Click here to get the latest Schools Week headlines in your inbox

Your thoughts

Leave a Reply""",
    [
        (
            "without support",
            "Association of Teaching and Support Staff",
            "Union",
            "says",
        ),
        (
            "no longer affordable",
            "Riverside Learning Partnership",
            "The consultation document",
            "states",
        ),
        (
            "significant reduction in support staff",
            "Riverside Learning Partnership",
            "The consultation document",
            "states",
        ),
        ("no good options", "Sarah Okafor", "Sarah Okafor", "told"),
        (
            "We have had three years of pay awards that were not fully funded, energy costs that doubled and a fall in pupil numbers in several of our towns,",
            "Sarah Okafor",
            ("she said", "she"),
            "said",
        ),
        (
            "I have looked at every other line of the budget first. This is the last thing any of us wanted to do.",
            "Sarah Okafor",
            ("she said", "she"),
            "said",
        ),
        (
            "without the support they are legally entitled to",
            "Association of Teaching and Support Staff",
            "The Association of Teaching and Support Staff",
            ("(ATSS) said", "said"),
        ),
        (
            "These are the lowest-paid people in the building, and they are being asked to pay for a funding crisis they did not cause.",
            "Gary Whitlam",
            "Gary Whitlam",
            ("Whitlam said:", "said"),
        ),
        (
            "Many of them are the reason a child with autism can stay in a mainstream classroom at all. Take them away and the trust will soon find out what that costs.",
            "Gary Whitlam",
            None,
            None,
        ),
        (
            "I found out at the same time as my TAs. That tells you everything about how this has been handled,",
            "headteacher",
            ("the headteacher said", "headteacher"),
            ("the headteacher said", "said"),
        ),
        (
            "no child’s EHCP provision will be reduced",
            "Riverside Learning Partnership",
            ("the trust said", "the trust"),
            ("the trust said", "said"),
        ),
        (
            "look seriously at every alternative put forward",
            "Sarah Okafor",
            ("Okafor said the trust", "Okafor"),
            ("Okafor said the trust", "said"),
        ),
        (
            "planning reductions in support staff within two years",
            "Institute for School Funding",
            "The Institute for School Funding",
            "found",
        ),
        (
            "the shock absorber of school budgets",
            "Helen Marchbank",
            "Dr Helen Marchbank",
            ("Marchbank, said", "said"),
        ),
        (
            "When the money runs short, the people without a teaching qualification are the first to go, even though the evidence says the best of them make a real difference,",
            "Helen Marchbank",
            ("she said.\nThe consultation", "she"),
            ("she said.\nThe consultation", "said"),
        ),
    ],
    ["Stretched Thin"],
)

article(
    "blind43-en08",
    "en",
    """The last video shop in Foxton is closing. Its owner isn’t sad – OK, he’s a bit sad

After 31 years, Reel Life Video is rewinding for the last time. Owner Graeme Tapsell talks us through the end of an era.

Written by Mereana Haddock
Mar 17, 2026

Society

The sign in the window of Reel Life Video on Foxton’s main street has read “Closing Down – Everything Must Go” since the first week of March. Inside, Graeme Tapsell is pricing a box of VHS tapes at 50 cents each and fielding a steady stream of people who want to tell him their memories.
“Yesterday a guy came in and told me he hired Jurassic Park from me 14 times in 1994,” Tapsell says. “I said, ‘Mate, you owe me about a hundred bucks in late fees.’ He paid me five.”
Tapsell, 63, opened the shop in 1995 with a loan from his mum and 800 tapes bought from a closing store in Palmerston North. At its peak in the early 2000s, he says, Reel Life had more than 9,000 titles and two part-time staff.
“Friday nights, you couldn’t move in here. You’d have families arguing in the aisles over whether to get a cartoon or something with explosions.”
Streaming ended that, slowly and then quickly. Tapsell reckons the shop outlasted the arrival of the big streaming services thanks to a loyal core of older customers, film nerds and people with terrible internet. The lockdowns, he says, were “the beginning of the end”.
The back room, which regulars call “the Vault”, holds about 2,000 films Tapsell says you can’t find on any streaming service, including a shelf of New Zealand features from the 1980s. His favourite is a road movie called “Ninety Mile Summer”, which he has lent out exactly 212 times. He keeps count in a notebook.
“It has been the privilege of my life to put the wrong movie in the wrong case for 31 years,” Tapsell wrote in a post on the shop’s Facebook page announcing the closure. “Thank you, Foxton. Please rewind before returning.”
The post drew more than 600 comments.
One regular, a retired freezing worker who has rented a film every Friday for 25 years, says he doesn’t know what he’ll do with his weekends now. “My grandson set me up with one of those streaming things. There’s too much on it. I spend an hour choosing and then I go to bed,” the regular says.
Anahera Peeti, who chairs the Manawatū Moving Image Trust, says the trust has agreed “in principle” to take the Vault collection but needs to find somewhere to store it first.
“VHS doesn’t like heat, it doesn’t like damp, and it really doesn’t like being left in a garage,” she says, “which is where most of the country’s tapes are sitting right now.”
The building’s owner, Colin Brears, said in a text message that he had “no firm plans” for the space but expected it to become “a café or a vape shop, probably, like everything else”.
Reel Life’s last day is Saturday March 28. Tapsell plans to screen a film on a bedsheet in the car park that night. He hasn’t decided what.
“Something with a happy ending,” he says. “I reckon we’ve earned one.”

Keep going!
Become a member""",
    [
        (
            "Yesterday a guy came in and told me he hired Jurassic Park from me 14 times in 1994,",
            "Graeme Tapsell",
            ("Tapsell says. “I", "Tapsell"),
            ("Tapsell says. “I", "says"),
        ),
        (
            "I said, ‘Mate, you owe me about a hundred bucks in late fees.’ He paid me five.",
            "Graeme Tapsell",
            ("Tapsell says. “I", "Tapsell"),
            ("Tapsell says. “I", "says"),
        ),
        (
            "Friday nights, you couldn’t move in here. You’d have families arguing in the aisles over whether to get a cartoon or something with explosions.",
            "Graeme Tapsell",
            None,
            None,
        ),
        (
            "the beginning of the end",
            "Graeme Tapsell",
            ("he says, were", "he"),
            ("he says, were", "says"),
        ),
        (
            "It has been the privilege of my life to put the wrong movie in the wrong case for 31 years,",
            "Graeme Tapsell",
            ("Tapsell wrote", "Tapsell"),
            "wrote",
        ),
        (
            "Thank you, Foxton. Please rewind before returning.",
            "Graeme Tapsell",
            ("Tapsell wrote", "Tapsell"),
            "wrote",
        ),
        (
            "My grandson set me up with one of those streaming things. There’s too much on it. I spend an hour choosing and then I go to bed,",
            "regular",
            ("the regular says", "regular"),
            ("the regular says", "says"),
        ),
        (
            "in principle",
            "Anahera Peeti",
            "Anahera Peeti",
            ("Trust, says", "says"),
        ),
        (
            "VHS doesn’t like heat, it doesn’t like damp, and it really doesn’t like being left in a garage,",
            "Anahera Peeti",
            ("she says", "she"),
            "says",
        ),
        (
            "which is where most of the country’s tapes are sitting right now.",
            "Anahera Peeti",
            ("she says", "she"),
            "says",
        ),
        (
            "no firm plans",
            "Colin Brears",
            "Colin Brears",
            ("said in a text message", "said"),
        ),
        (
            "a café or a vape shop, probably, like everything else",
            "Colin Brears",
            "Colin Brears",
            ("said in a text message", "said"),
        ),
        ("Something with a happy ending,", "Graeme Tapsell", ("he says", "he"), "says"),
        ("I reckon we’ve earned one.", "Graeme Tapsell", ("he says", "he"), "says"),
    ],
    ["Closing Down – Everything Must Go", "the Vault", "Ninety Mile Summer"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind43_en.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
