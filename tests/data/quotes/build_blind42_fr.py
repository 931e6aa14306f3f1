# ruff: noqa: E501, RUF001
# Prose articles with typographic quotation marks: the long lines and the marks are the data.
"""Builds blind42_fr.jsonl: a forty-second blind French quotation set (written for depeche, CC0).
Written from scratch by a helper who never read the quotes code, so that its score is an honest,
blind estimate of how ``depeche.quotes`` does on French news text nobody tuned it on. Every
story, person, place and organisation is invented. Beats: fishermen against a fish-meal factory
on the Petite-Côte (Walf Quotidien, Senegal, fisheries: plain-spaced marks, a company with a short
name in brackets speaking through its communiqué, an anonymous processor with no speech verb, a
nickname and a banner slogan in marks, two follow-on quotes without a cue), a Lausanne private
bank taken over (L'Agefi, Swiss finance: NNBSP padding, a headline partial quote with a role-noun
cue, a quote running over two paragraphs, a letter to clients quoted, a union with a short name
in brackets, a deal code name and a term in marks), a suspension bridge closed over the Garonne
(Le Petit Bleu, Lot-et-Garonne local news: a headline quote without a cue, an engineering report
quoted through its firm, an unnamed riverain, a petition title, the mayor by title only), a
catalytic-converter thief tried in Chalon (Info Chalon, regional courts: unpadded marks and
straight apostrophes, a courtroom exchange with cue-less replies, an interrupted quote from
"Me X", a nickname in marks, the prosecutor by role noun), a skipper dismasted in an ocean race
(Voiles et Voiliers, sailing: a race and a boat name in marks, a message from the boat with a
nested “ ”, a sponsor's statement, a race director with "selon"), water cuts in a Moroccan town
(Hespress FR, utilities: “ ” marks beside « », a public utility with a short name, a written
answer to Parliament quoted, an association's Facebook post, an unnamed shopkeeper), a via
ferrata closed after a rockfall (Montagnes Magazine, mountain: a via ferrata's name and a sign in
marks, a two-paragraph explanation by a geologist, a guides' company, the mayor by pronoun) and a
tour operator in liquidation (Le Quotidien du Tourisme, travel trade: NNBSP padding, a brand in
marks, a trade body with a short name, the court-appointed liquidator, an interrupted quote, an
anonymous agent). Padding varies: NBSP, NNBSP, plain spaces, none. Gold conventions are those of
build_dev.py; unnamed people are named by the head of their role.

Do not tune the extractor on this file: it measures, it does not teach. Run
``python3 build_blind42_fr.py`` from tests/data/quotes after editing.
Bodies are named by their full name, also when the text gives a short one in brackets.
"""

from __future__ import annotations

from pathlib import Path

from build_dev import NB, NNB, ArticleSet

SET = ArticleSet()
article = SET.article
WORDS_RANGE = (300, 650)

article(
    "blind42-fr01",
    "fr",
    """Diogo-Mbeur : les pêcheurs vent debout contre l’usine de farine de poisson

Par Aïssatou Fall | Publié le 14 mai 2025 à 09:47

Ils étaient plusieurs centaines, hier, sur la plage de Diogo-Mbeur, à brandir des pancartes contre l’usine de la Société ouest-africaine de farines marines (Sofamar). Depuis son ouverture il y a dix-huit mois, les pêcheurs artisanaux accusent l’unité industrielle, que les habitants ont surnommée « l’usine qui pue », d’aspirer toute la sardinelle de la zone.

« Avant, une pirogue revenait avec trois tonnes. Aujourd’hui, on rentre avec des caisses vides et on doit acheter le poisson à l’usine elle-même », a dénoncé Ousmane Ndoye Sarr, président du comité local de pêche artisanale.

Selon lui, la Sofamar achète le poisson « à n’importe quel prix » aux mareyeurs, privant les femmes transformatrices de leur matière première. « Nous ne sommes pas contre le développement, a-t-il poursuivi. Mais un développement qui affame le village, ce n’est pas un développement. »

Sur la plage, une transformatrice, assise devant ses claies de séchage vides, ne décolère pas. « Mes enfants ne vont plus à l’école depuis janvier. Qu’est-ce que je vais leur dire ? »

Le collectif « Yaboye Bi Sunuy Moom », qui coordonne la mobilisation, réclame la fermeture pure et simple de l’usine. Sur une banderole déployée devant la mairie, on pouvait lire : « Le poisson d’abord pour les Sénégalais ».

Contactée par Walf Quotidien, la direction de la Sofamar renvoie à un communiqué publié dimanche. L’entreprise y affirme n’utiliser « que des déchets de poisson et des espèces non consommées », et assure respecter « scrupuleusement » les normes environnementales en vigueur.

« Nous employons 140 jeunes de la commune. Personne ne parle de cela », fait valoir son directeur général, Pierre-Alain Mendy, cité dans le même document.

Lire aussi : Pêche artisanale : la flambée du carburant fait chuter les sorties en mer

Le préfet du département, Mamadou Lamine Diouf, a reçu une délégation hier après-midi. À la sortie, le représentant de l’État a promis une mission d’inspection « dans les quinze jours » et le contrôle des registres d’achat de l’usine.

M. Sarr, lui, reste sceptique. « Des missions, on en a vu passer trois. On attend des actes. »

« S’il le faut, nous bloquerons la route de l’usine avec nos pirogues. »

Les pêcheurs se donnent jusqu’à la fin du mois avant de durcir le mouvement. Une nouvelle assemblée générale est prévue vendredi, après la prière, à la grande place du quai de débarquement.

Partager : Facebook Twitter WhatsApp""",
    [
        (
            "Avant, une pirogue revenait avec trois tonnes. Aujourd’hui, on rentre avec des caisses vides et on doit acheter le poisson à l’usine elle-même",
            "Ousmane Ndoye Sarr",
            "Ousmane Ndoye Sarr",
            "a dénoncé",
        ),
        ("à n’importe quel prix", "Ousmane Ndoye Sarr", ("Selon lui", "lui"), "Selon"),
        (
            "Nous ne sommes pas contre le développement",
            "Ousmane Ndoye Sarr",
            ("a-t-il poursuivi", "il"),
            "a-t-il poursuivi",
        ),
        (
            "Mais un développement qui affame le village, ce n’est pas un développement.",
            "Ousmane Ndoye Sarr",
            ("a-t-il poursuivi", "il"),
            "a-t-il poursuivi",
        ),
        (
            "Mes enfants ne vont plus à l’école depuis janvier. Qu’est-ce que je vais leur dire ?",
            "transformatrice",
            "une transformatrice",
            None,
        ),
        (
            "que des déchets de poisson et des espèces non consommées",
            "Société ouest-africaine de farines marines",
            "L’entreprise",
            "affirme",
        ),
        (
            "scrupuleusement",
            "Société ouest-africaine de farines marines",
            "L’entreprise",
            "assure",
        ),
        (
            "Nous employons 140 jeunes de la commune. Personne ne parle de cela",
            "Pierre-Alain Mendy",
            "Pierre-Alain Mendy",
            "fait valoir",
        ),
        ("dans les quinze jours", "Mamadou Lamine Diouf", "le représentant de l’État", "a promis"),
        (
            "Des missions, on en a vu passer trois. On attend des actes.",
            "Ousmane Ndoye Sarr",
            "M. Sarr",
            None,
        ),
        (
            "S’il le faut, nous bloquerons la route de l’usine avec nos pirogues.",
            "Ousmane Ndoye Sarr",
            "M. Sarr",
            None,
        ),
    ],
    ["l’usine qui pue", "Yaboye Bi Sunuy Moom", "Le poisson d’abord pour les Sénégalais"],
)

article(
    "blind42-fr02",
    "fr",
    f"""Banque Rochat Frères passe sous pavillon Lémanis, une opération «{NNB}naturelle{NNB}» selon le banquier

La dernière banque privée familiale de Lausanne cède 80% de son capital. Les 210 collaborateurs sont rassurés sur l’emploi, pas sur la culture maison.

Sébastien Ruchonnet, Lausanne
Publié mardi 3 juin 2025, 07:15

Après cent trente-huit ans d’indépendance, la Banque Rochat Frères SA change de mains. Le groupe genevois Lémanis Holding a annoncé lundi soir le rachat de 80% du capital de l’établissement lausannois, pour un montant que les deux parties se refusent à communiquer. Les analystes l’estiment entre 290 et 340 millions de francs.

Pour Antoine Rochat, associé gérant et arrière-petit-fils du fondateur, l’opération est «{NNB}naturelle{NNB}». Il a déclaré lors d’une conférence téléphonique avec la presse{NNB}: «{NNB}Nous n’avions pas de successeur dans la famille, et la régulation coûte chaque année un peu plus cher. Mieux valait choisir notre partenaire que de le subir.{NNB}»

La transaction, baptisée en interne «{NNB}Projet Chablais{NNB}», était préparée depuis l’automne. Elle doit encore recevoir le feu vert de l’autorité de surveillance.

Dans une lettre adressée dès lundi soir à ses clients, la banque assure que «{NNB}les interlocuteurs, les conditions et la confidentialité demeurent inchangés{NNB}». Elle précise que la marque Rochat Frères sera conservée «{NNB}au moins jusqu’en 2030{NNB}».

Le directeur général de Lémanis, Claude-Henri Perrenoud, voit dans cette acquisition la pièce manquante de son dispositif romand. «{NNB}Nous étions très présents à Genève et à Zurich, beaucoup moins sur l’arc lémanique vaudois. Rochat nous apporte une clientèle d’entrepreneurs et de familles que nous ne savions pas atteindre.

«{NNB}Il n’y aura pas de plan social. Les équipes de gestion resteront à Lausanne, dans les mêmes murs{NNB}», a-t-il souligné.

Une promesse accueillie avec prudence par le Syndicat romand du personnel bancaire (SRPB). «{NNB}On a déjà entendu ce discours lors d’autres rachats, et les back-offices ont fini à Lisbonne{NNB}», rappelle sa secrétaire générale, Valérie Cuendet. Le syndicat demande «{NNB}des garanties écrites{NNB}» sur le maintien des postes administratifs.

Du côté des observateurs, on salue une valorisation jugée raisonnable. «{NNB}Le multiple payé reste inférieur à celui des dernières transactions comparables, observe Marc-Olivier Gay, analyste chez Vontaz Recherche. Lémanis achète surtout des relations, et les relations ne se comptabilisent pas.{NNB}»

Reste la question du «{NNB}family office{NNB}», cette activité de conseil aux grandes familles qui faisait la réputation de Rochat. L’analyste y voit le vrai enjeu{NNB}: «{NNB}Si les deux ou trois associés historiques partent, une partie des avoirs partira avec eux.{NNB}»

Les avoirs sous gestion de la banque vaudoise s’élevaient à 6,4 milliards de francs à fin 2024.

À lire aussi{NNB}: Gestion de fortune{NNB}: la consolidation s’accélère en Suisse romande

Partager cet article""",
    [
        ("naturelle", "Antoine Rochat", "le banquier", "selon"),
        ("naturelle", "Antoine Rochat", "Antoine Rochat", "Pour"),
        (
            "Nous n’avions pas de successeur dans la famille, et la régulation coûte chaque année un peu plus cher. Mieux valait choisir notre partenaire que de le subir.",
            "Antoine Rochat",
            ("Il a déclaré", "Il"),
            "a déclaré",
        ),
        (
            "les interlocuteurs, les conditions et la confidentialité demeurent inchangés",
            "Banque Rochat Frères SA",
            "la banque",
            "assure",
        ),
        ("au moins jusqu’en 2030", "Banque Rochat Frères SA", ("Elle précise", "Elle"), "précise"),
        (
            "Nous étions très présents à Genève et à Zurich, beaucoup moins sur l’arc lémanique vaudois. Rochat nous apporte une clientèle d’entrepreneurs et de familles que nous ne savions pas atteindre.",
            "Claude-Henri Perrenoud",
            ("a-t-il souligné", "il"),
            "a-t-il souligné",
        ),
        (
            "Il n’y aura pas de plan social. Les équipes de gestion resteront à Lausanne, dans les mêmes murs",
            "Claude-Henri Perrenoud",
            ("a-t-il souligné", "il"),
            "a-t-il souligné",
        ),
        (
            "On a déjà entendu ce discours lors d’autres rachats, et les back-offices ont fini à Lisbonne",
            "Valérie Cuendet",
            "Valérie Cuendet",
            "rappelle",
        ),
        (
            "des garanties écrites",
            "Syndicat romand du personnel bancaire",
            "Le syndicat",
            "demande",
        ),
        (
            "Le multiple payé reste inférieur à celui des dernières transactions comparables",
            "Marc-Olivier Gay",
            "Marc-Olivier Gay",
            "observe",
        ),
        (
            "Lémanis achète surtout des relations, et les relations ne se comptabilisent pas.",
            "Marc-Olivier Gay",
            "Marc-Olivier Gay",
            "observe",
        ),
        (
            "Si les deux ou trois associés historiques partent, une partie des avoirs partira avec eux.",
            "Marc-Olivier Gay",
            "L’analyste",
            None,
        ),
    ],
    ["Projet Chablais", "family office"],
)

article(
    "blind42-fr03",
    "fr",
    f"""Lagarrigue-sur-Garonne. «{NB}Ce pont, c’est notre cordon ombilical{NB}»

Publié le 22/01/2025 à 06:55 , mis à jour à 08:12
Lot-et-Garonne - Faits divers

Le pont suspendu qui relie Lagarrigue-sur-Garonne à la rive gauche est fermé à toute circulation depuis vendredi soir. Un rapport d’inspection pointe des câbles porteurs en mauvais état. Les habitants devront faire un détour de 23 kilomètres.

La barrière a été posée vendredi à 18 heures, sans préavis ou presque. Depuis, les voitures font demi-tour devant les panneaux orange, et les piétons eux-mêmes n’ont plus le droit de traverser l’ouvrage de 1887.

La décision fait suite au rapport remis jeudi par le bureau d’études Garrigou Ingénierie, mandaté par le Département. Le document, que nous avons pu consulter, relève «{NB}une corrosion avancée de plusieurs suspentes{NB}» et conclut qu’un maintien de la circulation «{NB}ne peut être envisagé sans risque pour les usagers{NB}».

Le maire, joint samedi matin, ne cache pas son désarroi. «{NB}Ce pont, c’est notre cordon ombilical. La moitié des enfants de la commune vont au collège de l’autre côté, le médecin est de l’autre côté, la gare aussi{NB}», énumère Jean-Luc Bessières. L’élu dit avoir appris la nouvelle «{NB}par un coup de téléphone, à 17 heures{NB}».

Le Conseil départemental de Lot-et-Garonne assume la fermeture. «{NB}Entre la gêne et la sécurité, nous ne pouvions pas hésiter. Aucun élu ne prendra le risque d’un drame{NB}», a expliqué dimanche la vice-présidente chargée des routes, Martine Lacombe-Dufau.

Lire aussi : Garonne : les crues de décembre ont fragilisé les berges

Un service de navettes doit être mis en place dès lundi pour les collégiens. Pour les autres, c’est la débrouille. «{NB}Je travaille à Tonneins. Avant, c’était dix minutes. Maintenant, il me faut plus d’une demi-heure, et l’essence ne baisse pas{NB}», soupire un riverain croisé devant la barrière.

À la boulangerie de la place de l’Église, Nadine Ferrié compte déjà les clients perdus. «{NB}Les gens d’en face venaient chercher leur pain en allant au travail. Depuis vendredi, personne{NB}», constate la commerçante.

Une pétition intitulée «{NB}Sauvons le pont de Lagarrigue{NB}» a recueilli plus de 900 signatures en deux jours, dans une commune qui compte 1 400 habitants.

Combien de temps durera la fermeture ? Le Département évoque des travaux «{NB}d’au moins dix-huit mois{NB}», pour un coût estimé entre 4 et 6 millions d’euros. Une réunion publique est prévue jeudi à 20 heures à la salle des fêtes.

«{NB}On nous parle de dix-huit mois. Moi, je parie sur trois ans{NB}», lâche le maire, qui demande à l’État une aide exceptionnelle.

Christophe Aubry

Vos commentaires""",
    [
        (
            "Ce pont, c’est notre cordon ombilical",
            "Jean-Luc Bessières",
            None,
            None,
        ),
        (
            "une corrosion avancée de plusieurs suspentes",
            "Garrigou Ingénierie",
            "Le document",
            "relève",
        ),
        (
            "ne peut être envisagé sans risque pour les usagers",
            "Garrigou Ingénierie",
            "Le document",
            "conclut",
        ),
        (
            "Ce pont, c’est notre cordon ombilical. La moitié des enfants de la commune vont au collège de l’autre côté, le médecin est de l’autre côté, la gare aussi",
            "Jean-Luc Bessières",
            "Jean-Luc Bessières",
            "énumère",
        ),
        (
            "par un coup de téléphone, à 17 heures",
            "Jean-Luc Bessières",
            "L’élu",
            "dit avoir appris",
        ),
        (
            "Entre la gêne et la sécurité, nous ne pouvions pas hésiter. Aucun élu ne prendra le risque d’un drame",
            "Martine Lacombe-Dufau",
            "Martine Lacombe-Dufau",
            "a expliqué",
        ),
        (
            "Je travaille à Tonneins. Avant, c’était dix minutes. Maintenant, il me faut plus d’une demi-heure, et l’essence ne baisse pas",
            "riverain",
            "un riverain",
            "soupire",
        ),
        (
            "Les gens d’en face venaient chercher leur pain en allant au travail. Depuis vendredi, personne",
            "Nadine Ferrié",
            "la commerçante",
            "constate",
        ),
        (
            "d’au moins dix-huit mois",
            "Conseil départemental de Lot-et-Garonne",
            "Le Département",
            "évoque",
        ),
        (
            "On nous parle de dix-huit mois. Moi, je parie sur trois ans",
            "Jean-Luc Bessières",
            "le maire",
            "lâche",
        ),
    ],
    ["Sauvons le pont de Lagarrigue"],
)

article(
    "blind42-fr04",
    "fr",
    """Tribunal de Chalon : 'le Chat' et les pots catalytiques

Par la rédaction - 17 mars 2025 - 21:04

Mardi, devant le tribunal correctionnel de Chalon-sur-Saône, comparaissait un homme de 27 ans, domicilié à Saint-Rémy, poursuivi pour une série de vols de pots catalytiques commis entre octobre et janvier sur des parkings de la zone commerciale nord. Quatorze véhicules visés, pour un préjudice estimé à plus de 21 000 euros.

Dans le quartier, on le surnomme «le Chat», pour sa capacité à se glisser sous les voitures en moins d'une minute. C'est d'ailleurs une caméra de vidéoprotection qui l'a trahi, une nuit de janvier, allongé sous un utilitaire, une meuleuse sans fil à la main.

A la barre, Kevin M. tente d'abord de minimiser. «J'en ai fait deux ou trois, pas quatorze», assure-t-il. Le président, Olivier Demarquay, lui relit les procès-verbaux, les horodatages, les relevés de téléphone. Silence.

«Alors, deux ou trois ?
- Peut-être plus. Je sais plus, j'étais pas bien à ce moment-là.
- Et les métaux, vous les revendiez à qui ?
- À un gars. Je connais pas son nom.»

Le président soupire. Le prévenu, qui a déjà cinq mentions à son casier, explique avoir agi pour rembourser «des dettes», sans préciser auprès de qui.

Un plombier, dont l'utilitaire a été visé, s'est constitué partie civile. Son camion est resté immobilisé onze jours. «Onze jours sans travailler, c'est onze jours sans chiffre d'affaires. Et l'assurance ne rembourse pas la perte d'exploitation», a-t-il expliqué au tribunal.

Pour la procureure, Sandrine Oudot-Lamy, les faits relèvent d'une activité «organisée et lucrative». Le ministère public, qui rappelle que les pots sont revendus pour les métaux précieux qu'ils contiennent, requiert dix-huit mois d'emprisonnement dont six avec sursis. «Il ne s'agit pas d'un petit vol d'opportunité. Monsieur s'équipait, repérait, revenait», a martelé la représentante du parquet.

En défense, Me Julien Favre-Nicot plaide la fragilité de son client. «Il a grandi sans repères, a souligné l'avocat. Il a aujourd'hui un contrat d'intérim et une compagne enceinte. L'envoyer en détention, c'est casser la seule chose qui tient.»

Le prévenu a eu la parole en dernier. «Je veux juste m'en sortir.»

Après en avoir délibéré, le tribunal l'a condamné à quinze mois d'emprisonnement dont sept avec sursis probatoire, avec aménagement possible de la partie ferme sous bracelet électronique. Il devra indemniser les victimes.

Lire aussi : Chalon : les vols de pots catalytiques en hausse de 40 % en un an

Partager :""",
    [
        ("J'en ai fait deux ou trois, pas quatorze", "Kevin M.", ("assure-t-il", "il"), "assure"),
        ("Alors, deux ou trois ?", "Olivier Demarquay", "Le président", None),
        (
            "Peut-être plus. Je sais plus, j'étais pas bien à ce moment-là.",
            "Kevin M.",
            "Kevin M.",
            None,
        ),
        ("Et les métaux, vous les revendiez à qui ?", "Olivier Demarquay", "Le président", None),
        ("À un gars. Je connais pas son nom.", "Kevin M.", "Kevin M.", None),
        ("des dettes", "Kevin M.", "Le prévenu", "explique"),
        (
            "Onze jours sans travailler, c'est onze jours sans chiffre d'affaires. Et l'assurance ne rembourse pas la perte d'exploitation",
            "plombier",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        ("organisée et lucrative", "Sandrine Oudot-Lamy", "Sandrine Oudot-Lamy", "Pour"),
        (
            "Il ne s'agit pas d'un petit vol d'opportunité. Monsieur s'équipait, repérait, revenait",
            "Sandrine Oudot-Lamy",
            "la représentante du parquet",
            "a martelé",
        ),
        ("Il a grandi sans repères", "Julien Favre-Nicot", "l'avocat", "a souligné"),
        (
            "Il a aujourd'hui un contrat d'intérim et une compagne enceinte. L'envoyer en détention, c'est casser la seule chose qui tient.",
            "Julien Favre-Nicot",
            "l'avocat",
            "a souligné",
        ),
        ("Je veux juste m'en sortir.", "Kevin M.", "Le prévenu", None),
    ],
    ["le Chat", "le Chat"],
)

article(
    "blind42-fr05",
    "fr",
    f"""Route du Cacao : démâtage pour Loïc Kerhervé au large des Açores

Le skipper de «{NB}Ker Avel – Breizh Énergies{NB}» a perdu son mât dans la nuit de mercredi à jeudi, par 38° Nord. Il est sain et sauf et fait route vers Horta sous gréement de fortune.

Par Anne-Sophie Le Bihan – 12 juin 2025

C’est un coup dur pour l’un des favoris de la Route du Cacao. Deuxième au classement de 4 heures jeudi, à 47 milles du leader, Loïc Kerhervé a signalé un démâtage à sa cellule de routage peu après 3 heures du matin, heure française. Le vent soufflait alors à 28 nœuds, avec une mer formée de trois à quatre mètres.

Dans un message envoyé du bord en milieu de matinée, le navigateur de Concarneau raconte : «{NB}J’étais à l’intérieur, en train de manger. J’ai entendu un claquement sec, puis le bruit que tout marin redoute. Quand je suis sorti, le mât était dans l’eau, sur tribord.{NB}»

«{NB}J’ai mis deux heures à tout couper pour protéger la coque. Je me suis dit “pas question de perdre le bateau en plus du mât”{NB}», poursuit-il. Le skipper a pu récupérer la bôme et une partie de la voilure, avec lesquelles il a bricolé un gréement de fortune.

Selon la direction de course, le bateau progresse désormais à «{NB}environ 4 nœuds{NB}» vers l’archipel des Açores, qu’il devrait atteindre samedi. «{NB}Loïc a eu les bons réflexes. Il est fatigué mais parfaitement lucide, et la coque n’a pas été endommagée{NB}», a précisé le directeur de course, Hervé Gourmelon, lors du point presse quotidien.

Pour son équipe technique, l’heure est aux hypothèses. Le mât, neuf, avait été installé en mars. «{NB}On ne veut pas spéculer avant d’avoir examiné les morceaux. Il peut s’agir d’un hauban, d’une pièce d’accastillage, d’un défaut de fabrication{NB}», avance le directeur technique, Gwénolé Tanguy, qui s’envolera pour Horta dès vendredi.

Lire aussi : Route du Cacao : pourquoi la flotte a choisi la route Nord

Le partenaire principal du projet, l’énergéticien Breizh Énergies, a réagi en fin de journée dans un communiqué. L’entreprise se dit «{NB}fière de l’engagement et du sang-froid{NB}» de son skipper et confirme qu’elle l’accompagnera «{NB}sur les prochaines saisons, quoi qu’il arrive{NB}».

Loïc Kerhervé, 36 ans, disputait sa troisième transatlantique en solitaire. En 2023, il avait terminé quatrième de la Route du Cacao, à moins de deux heures du podium. Il n’a pas officiellement abandonné, mais les règles de course lui interdisent de reprendre la mer après une escale technique avec un nouveau mât.

Dans son message, il glisse une dernière phrase, adressée à ses concurrents : «{NB}Allez les gars, finissez-la pour moi.{NB}»

En tête, Maëlys Guivarc’h («{NB}Saint-Malo Aventure{NB}») comptait jeudi soir 63 milles d’avance sur son poursuivant. L’arrivée est attendue à Salvador de Bahia dans onze à treize jours.

Crédit photo : Théo Le Floch / Route du Cacao

Partager sur : Facebook | X | LinkedIn""",
    [
        (
            "J’étais à l’intérieur, en train de manger. J’ai entendu un claquement sec, puis le bruit que tout marin redoute. Quand je suis sorti, le mât était dans l’eau, sur tribord.",
            "Loïc Kerhervé",
            "le navigateur de Concarneau",
            "raconte",
        ),
        (
            "J’ai mis deux heures à tout couper pour protéger la coque. Je me suis dit “pas question de perdre le bateau en plus du mât”",
            "Loïc Kerhervé",
            ("poursuit-il", "il"),
            "poursuit",
        ),
        ("environ 4 nœuds", "direction de course", "la direction de course", "Selon"),
        (
            "Loïc a eu les bons réflexes. Il est fatigué mais parfaitement lucide, et la coque n’a pas été endommagée",
            "Hervé Gourmelon",
            "Hervé Gourmelon",
            "a précisé",
        ),
        (
            "On ne veut pas spéculer avant d’avoir examiné les morceaux. Il peut s’agir d’un hauban, d’une pièce d’accastillage, d’un défaut de fabrication",
            "Gwénolé Tanguy",
            "Gwénolé Tanguy",
            "avance",
        ),
        ("fière de l’engagement et du sang-froid", "Breizh Énergies", "L’entreprise", "se dit"),
        (
            "sur les prochaines saisons, quoi qu’il arrive",
            "Breizh Énergies",
            ("qu’elle l’accompagnera", "elle"),
            "confirme",
        ),
        (
            "Allez les gars, finissez-la pour moi.",
            "Loïc Kerhervé",
            ("il glisse", "il"),
            "glisse",
        ),
    ],
    ["Ker Avel – Breizh Énergies", "Saint-Malo Aventure"],
)

article(
    "blind42-fr06",
    "fr",
    """Sidi Bouhlal : coupes d’eau nocturnes, les habitants à bout

Hespress FR
Par Youssef El Amrani
Lundi 7 juillet 2025 - 14:20

Depuis trois semaines, les robinets de Sidi Bouhlal restent à sec chaque nuit, de 22 heures à 6 heures du matin. La Régie autonome intercommunale de distribution d’eau et d’électricité du Saïss (RAIDES) justifie ces coupures par la baisse historique du barrage qui alimente la ville et ses 85.000 habitants.

Dans un communiqué publié vendredi, la Régie explique que ces mesures sont « indispensables pour préserver les réserves jusqu’à l’automne » et appelle la population à « un usage responsable et solidaire de l’eau ». Elle n’exclut pas d’étendre les coupures à la journée « si la situation devait se dégrader ».

Sur le terrain, la colère monte. Devant son échoppe du quartier Al Wahda, un épicier montre les bidons empilés dans l’arrière-boutique. « Je remplis tout ce que je peux avant 22 heures. Mais avec cette chaleur, comment voulez-vous tenir ? Mes clients aussi achètent de l’eau en bouteille, ceux qui peuvent », lâche-t-il.

L’association de quartier Amal Al Wahda a publié dimanche sur sa page Facebook un message largement partagé : “Nous comprenons la sécheresse. Nous ne comprenons pas pourquoi les piscines des villas et le golf sont toujours verts.” Le texte a été relayé plus de 3.000 fois en vingt-quatre heures.

Interpellé à ce sujet, le directeur général de la RAIDES, Abdelkrim Bennani, assure que « les mêmes règles s’appliquent à tous les abonnés ». « Des contrôles ont été menés, des amendes ont été infligées. Personne n’est au-dessus des restrictions », a-t-il affirmé à Hespress FR.

Le responsable reconnaît toutefois des failles dans le réseau. Selon lui, près d’un tiers de l’eau produite se perd « à cause de canalisations vétustes ».

À lire aussi : Sécheresse : les barrages du Saïss remplis à moins de 20%

La question est désormais portée au Parlement. Dans une réponse écrite à une question d’un député de la région, le ministre de l’Équipement et de l’Eau indique qu’un programme de « réhabilitation accélérée » du réseau sera lancé d’ici la fin de l’année, et que deux forages d’urgence sont « en cours de finalisation ».

Une explication qui ne convainc pas Khadija Ouazzani, mère de quatre enfants, qui fait la queue chaque soir à la fontaine publique. « On nous parle de programmes depuis dix ans. Moi, je veux juste pouvoir laver mes enfants le soir. »

Pour Driss Lahlou, hydrologue à l’université de Fès, ces coupures ne sont que « le début ». « Le Saïss consomme plus d’eau qu’il n’en reçoit. Sans changement profond du modèle agricole, chaque été sera pire que le précédent », avertit le chercheur.

Partager Tweet WhatsApp""",
    [
        (
            "indispensables pour préserver les réserves jusqu’à l’automne",
            "Régie autonome intercommunale de distribution d’eau et d’électricité du Saïss",
            "la Régie",
            "explique",
        ),
        (
            "un usage responsable et solidaire de l’eau",
            "Régie autonome intercommunale de distribution d’eau et d’électricité du Saïss",
            "la Régie",
            "appelle",
        ),
        (
            "si la situation devait se dégrader",
            "Régie autonome intercommunale de distribution d’eau et d’électricité du Saïss",
            ("Elle n’exclut", "Elle"),
            "n’exclut pas",
        ),
        (
            "Je remplis tout ce que je peux avant 22 heures. Mais avec cette chaleur, comment voulez-vous tenir ? Mes clients aussi achètent de l’eau en bouteille, ceux qui peuvent",
            "épicier",
            ("lâche-t-il", "il"),
            "lâche",
        ),
        (
            "Nous comprenons la sécheresse. Nous ne comprenons pas pourquoi les piscines des villas et le golf sont toujours verts.",
            "Amal Al Wahda",
            "L’association de quartier Amal Al Wahda",
            "a publié",
        ),
        (
            "les mêmes règles s’appliquent à tous les abonnés",
            "Abdelkrim Bennani",
            "Abdelkrim Bennani",
            "assure",
        ),
        (
            "Des contrôles ont été menés, des amendes ont été infligées. Personne n’est au-dessus des restrictions",
            "Abdelkrim Bennani",
            ("a-t-il affirmé", "il"),
            "a-t-il affirmé",
        ),
        ("à cause de canalisations vétustes", "Abdelkrim Bennani", ("Selon lui", "lui"), "Selon"),
        (
            "réhabilitation accélérée",
            "ministre de l’Équipement et de l’Eau",
            "le ministre de l’Équipement et de l’Eau",
            "indique",
        ),
        (
            "en cours de finalisation",
            "ministre de l’Équipement et de l’Eau",
            "le ministre de l’Équipement et de l’Eau",
            "indique",
        ),
        (
            "On nous parle de programmes depuis dix ans. Moi, je veux juste pouvoir laver mes enfants le soir.",
            "Khadija Ouazzani",
            "Khadija Ouazzani",
            None,
        ),
        ("le début", "Driss Lahlou", "Driss Lahlou", "Pour"),
        (
            "Le Saïss consomme plus d’eau qu’il n’en reçoit. Sans changement profond du modèle agricole, chaque été sera pire que le précédent",
            "Driss Lahlou",
            "le chercheur",
            "avertit",
        ),
    ],
)

article(
    "blind42-fr07",
    "fr",
    f"""Éboulement : une via ferrata emblématique du Val de Serre fermée pour l’été

Un pan de falaise de près de 800 m³ s’est détaché dans la nuit du 2 au 3 juillet au-dessus du premier pont de singe. Personne n’était engagé sur l’itinéraire. La commune a pris un arrêté de fermeture jusqu’à nouvel ordre.

Texte : Mathilde Converset | Photos : DR
Publié le 09/07/2025

Il est un peu plus de 6 heures, le 3 juillet, quand le gardien du refuge voisin entend «{NB}un grondement qui n’en finissait pas{NB}». Au lever du jour, le constat est sans appel : le départ de la via ferrata des «{NB}Dents du Chamois{NB}», l’une des plus fréquentées du massif, est enseveli sous des blocs parfois gros comme une voiture. Deux câbles et une passerelle ont été arrachés.

«{NB}Si ça s’était produit à 10 heures, on aurait eu des morts. En juillet, on compte jusqu’à 250 passages par jour{NB}», souffle Benoît Arpin, guide de haute montagne et président de la Compagnie des guides du Val de Serre.

Au pied de l’itinéraire, un panneau barré de rouge signale désormais «{NB}Accès interdit – danger de mort{NB}». La maire de Saint-Colomban-d’Arves-le-Haut, Françoise Gros-Balthazard, a signé l’arrêté dès le 3 juillet. «{NB}Je préfère une saison blanche à un accident. Il n’y aura aucune réouverture sans un avis écrit des géologues{NB}», a-t-elle indiqué. Elle reconnaît que la fermeture représente «{NB}un manque à gagner réel{NB}» pour les loueurs de matériel et les gîtes.

Les premières analyses ont été confiées à l’Institut alpin des risques rocheux (IARR). Sa géologue, Claire Vuillermoz, s’est rendue sur place par hélicoptère lundi. Pour elle, l’éboulement n’a rien d’une surprise.

«{NB}Cette paroi est traversée de fissures que l’on suit depuis 2019. Les cycles de gel et de dégel, de plus en plus brutaux, ouvrent ces fractures année après année, et l’eau de fonte fait le reste.

«{NB}Ce qui m’inquiète, ce n’est pas le bloc qui est tombé, c’est la grande écaille juste au-dessus. Elle a bougé de quatre centimètres en un an{NB}», détaille-t-elle.

L’institut a installé des capteurs de déplacement et rendra ses conclusions «{NB}d’ici la fin du mois d’août{NB}». Une purge de la falaise, à l’explosif, n’est pas exclue.

Lire aussi : Alpes : ces itinéraires qui disparaissent avec le réchauffement

Pour les guides, la saison devra se réinventer. «{NB}On va reporter nos clients sur d’autres via ferrata, sur de la randonnée glaciaire. Mais les Dents, c’était notre produit d’appel{NB}», regrette M. Arpin.

Il y a deux ans, la même compagnie avait alerté les élus dans une lettre ouverte, demandant «{NB}une surveillance instrumentée{NB}» de la paroi. «{NB}On ne nous a pas écoutés à l’époque. Aujourd’hui, tout le monde découvre le problème{NB}», ajoute le guide, sans amertume apparente.

Les pratiquants sont invités à consulter le site de la commune avant tout déplacement. Une réunion d’information est prévue le 18 juillet à la maison du tourisme.

Commenter cet article · Partager""",
    [
        (
            "un grondement qui n’en finissait pas",
            "gardien",
            "le gardien du refuge voisin",
            "entend",
        ),
        (
            "Si ça s’était produit à 10 heures, on aurait eu des morts. En juillet, on compte jusqu’à 250 passages par jour",
            "Benoît Arpin",
            "Benoît Arpin",
            "souffle",
        ),
        (
            "Je préfère une saison blanche à un accident. Il n’y aura aucune réouverture sans un avis écrit des géologues",
            "Françoise Gros-Balthazard",
            ("a-t-elle indiqué", "elle"),
            "a-t-elle indiqué",
        ),
        (
            "un manque à gagner réel",
            "Françoise Gros-Balthazard",
            ("Elle reconnaît", "Elle"),
            "reconnaît",
        ),
        (
            "Cette paroi est traversée de fissures que l’on suit depuis 2019. Les cycles de gel et de dégel, de plus en plus brutaux, ouvrent ces fractures année après année, et l’eau de fonte fait le reste.",
            "Claire Vuillermoz",
            ("détaille-t-elle", "elle"),
            "détaille",
        ),
        (
            "Ce qui m’inquiète, ce n’est pas le bloc qui est tombé, c’est la grande écaille juste au-dessus. Elle a bougé de quatre centimètres en un an",
            "Claire Vuillermoz",
            ("détaille-t-elle", "elle"),
            "détaille",
        ),
        (
            "d’ici la fin du mois d’août",
            "Institut alpin des risques rocheux",
            "L’institut",
            "rendra ses conclusions",
        ),
        (
            "On va reporter nos clients sur d’autres via ferrata, sur de la randonnée glaciaire. Mais les Dents, c’était notre produit d’appel",
            "Benoît Arpin",
            "M. Arpin",
            "regrette",
        ),
        (
            "une surveillance instrumentée",
            "Compagnie des guides du Val de Serre",
            "la même compagnie",
            "demandant",
        ),
        (
            "On ne nous a pas écoutés à l’époque. Aujourd’hui, tout le monde découvre le problème",
            "Benoît Arpin",
            "le guide",
            "ajoute",
        ),
    ],
    ["Dents du Chamois", "Accès interdit – danger de mort"],
)

article(
    "blind42-fr08",
    "fr",
    f"""Liquidation d’Horizons Sable{NNB}: les agences de voyages sonnent l’alarme

Le tribunal de commerce de Marseille a prononcé mercredi la liquidation judiciaire du tour-opérateur spécialiste du désert. Près de 1{NNB}900 clients sont concernés, dont 230 actuellement à l’étranger.

Par Romain Castellani | 26 septembre 2025

C’est la fin d’une aventure de vingt-deux ans. Horizons Sable, voyagiste marseillais connu pour ses circuits en 4x4 et ses bivouacs au Sahara, a été placé en liquidation judiciaire mercredi, après l’échec de la recherche d’un repreneur. La marque «{NNB}Escapades Sahara{NNB}», vendue en agences sous forme de courts séjours, disparaît avec lui.

Le mandataire liquidateur, Me Laurence Abitbol-Sarda, a indiqué jeudi que les voyageurs actuellement sur place «{NNB}termineront leur séjour dans les conditions prévues{NNB}», grâce à la garantie financière du voyagiste. «{NNB}Les rapatriements sont assurés. Personne ne sera laissé à l’aéroport{NNB}», a-t-elle insisté.

Pour les quelque 1{NNB}670 clients dont le départ était programmé d’ici au printemps, la situation est plus floue. Ils devront déclarer leur créance auprès du Fonds mutuel de garantie des voyagistes (FMGV), qui a ouvert jeudi une plateforme dédiée. Le FMGV promet un remboursement «{NNB}dans un délai de trois mois à compter du dossier complet{NNB}».

En première ligne, les agences de voyages distributrices encaissent les appels de clients inquiets. «{NNB}Depuis mercredi soir, mon téléphone n’arrête pas. J’ai quarante-deux dossiers Horizons Sable, dont des voyages de noces{NNB}», raconte une agente de voyages de Montpellier, qui a souhaité rester anonyme.

L’Union des agences de voyages indépendantes (UAVI) dénonce «{NNB}un manque total d’anticipation{NNB}». Son président, Jean-Marc Teyssier, estime que les signaux d’alerte étaient visibles dès l’été. «{NNB}Les délais de paiement s’allongeaient, les confirmations arrivaient au compte-gouttes, a-t-il expliqué. Nous avons prévenu, et personne n’a bougé.{NNB}»

Il réclame que les agences «{NNB}ne soient pas tenues pour responsables{NNB}» des sommes déjà versées au voyagiste, et annonce une réunion avec les assureurs la semaine prochaine.

Du côté de l’ancienne direction, l’heure est aux regrets. Dans un message adressé mardi aux salariés, le fondateur, Patrick Meyrargues, évoquait «{NNB}une tempête parfaite{NNB}»{NNB}: hausse du prix du kérosène, fermeture de plusieurs espaces aériens, et baisse des réservations après les alertes sécuritaires de l’hiver dernier.

«{NNB}Nous avons tout essayé. Je pense à vous, à nos guides là-bas, à nos clients{NNB}», écrivait-il encore.

Les 38 salariés de l’entreprise, basés à Marseille et à Ouarzazate, ont été licenciés. Le comité social et économique parle d’un «{NNB}gâchis{NNB}».

À lire aussi{NNB}: Tour-opérateurs{NNB}: pourquoi les défaillances se multiplient depuis janvier

Partager{NNB}: LinkedIn · X · E-mail""",
    [
        (
            "termineront leur séjour dans les conditions prévues",
            "Laurence Abitbol-Sarda",
            "Me Laurence Abitbol-Sarda",
            "a indiqué",
        ),
        (
            "Les rapatriements sont assurés. Personne ne sera laissé à l’aéroport",
            "Laurence Abitbol-Sarda",
            ("a-t-elle insisté", "elle"),
            "a-t-elle insisté",
        ),
        (
            "dans un délai de trois mois à compter du dossier complet",
            "Fonds mutuel de garantie des voyagistes",
            "Le FMGV",
            "promet",
        ),
        (
            "Depuis mercredi soir, mon téléphone n’arrête pas. J’ai quarante-deux dossiers Horizons Sable, dont des voyages de noces",
            "agente",
            "une agente de voyages de Montpellier",
            "raconte",
        ),
        (
            "un manque total d’anticipation",
            "Union des agences de voyages indépendantes",
            "L’Union des agences de voyages indépendantes",
            "dénonce",
        ),
        (
            "Les délais de paiement s’allongeaient, les confirmations arrivaient au compte-gouttes",
            "Jean-Marc Teyssier",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "Nous avons prévenu, et personne n’a bougé.",
            "Jean-Marc Teyssier",
            ("a-t-il expliqué", "il"),
            "a-t-il expliqué",
        ),
        (
            "ne soient pas tenues pour responsables",
            "Jean-Marc Teyssier",
            ("Il réclame", "Il"),
            "réclame",
        ),
        ("une tempête parfaite", "Patrick Meyrargues", "Patrick Meyrargues", "évoquait"),
        (
            "Nous avons tout essayé. Je pense à vous, à nos guides là-bas, à nos clients",
            "Patrick Meyrargues",
            ("écrivait-il", "il"),
            "écrivait",
        ),
        ("gâchis", "comité social et économique", "Le comité social et économique", "parle"),
    ],
    ["Escapades Sahara"],
)


def main() -> None:
    SET.write(Path(__file__).with_name("blind42_fr.jsonl"), WORDS_RANGE)


if __name__ == "__main__":
    main()
