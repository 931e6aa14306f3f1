//! Whole-page tests of the shapes rounds 14 and 15 showed: heads over furniture the head rules
//! did not read, datelines, sentences that open like links, and residue of podcasts, press
//! releases and players. Every text here is invented.

use super::{clean, CleanOptions};
use crate::lang::Lang;

/// The lines `clean` keeps of `page`.
fn kept(page: &[&str], lang: Lang) -> Vec<String> {
    let text = page.join("\n");
    let cleaned = clean(&text, lang, &CleanOptions::default());
    cleaned.text.lines().map(str::to_string).collect()
}

const HEADLINE_EN: &str = "Harbour board votes to close the old ferry terminal by autumn";
const STANDFIRST_EN: &str =
    "The decision, taken late on Monday, ends a century of crossings from the town's north quay to the islands.";
const BODY_EN: [&str; 3] = [
    "The harbour board voted seven to two on Monday to close the north quay terminal, which has handled the island ferries since 1921, and to move every crossing to the new pier.",
    "Board members said the old terminal needed repairs that would cost more than the new pier itself, and that the quay wall had been shored up twice in five years.",
    "Islanders who use the crossing every day said they feared longer queues at the new pier, which has a single ramp and a smaller waiting room, during the summer months.",
];

fn assert_head_and_body_kept(output: &[String], head: &[&str], body: &[&str]) {
    let expected: Vec<String> = head.iter().chain(body).map(|s| s.to_string()).collect();
    assert_eq!(output, expected);
}

#[test]
fn a_video_between_the_head_and_the_byline_leaves_the_head_above_it() {
    let page = [
        "Skip to Content",
        "LOCAL NEWS",
        HEADLINE_EN,
        STANDFIRST_EN,
        "Watch",
        "The last ferry leaves the north quay",
        "01:58",
        "By Nora Pell and Sam Okoro",
        "March 3, 2026, 8:15 AM EST",
        "Share to Facebook",
        BODY_EN[0],
        BODY_EN[1],
        BODY_EN[2],
    ];
    let output = kept(&page, Lang::En);
    assert_head_and_body_kept(&output, &[HEADLINE_EN, STANDFIRST_EN], &BODY_EN);
}

#[test]
fn a_caption_ending_in_its_photographer_and_outlet_after_a_bar_is_a_credit() {
    let page = [
        "HARBOURS",
        HEADLINE_EN,
        STANDFIRST_EN,
        "The north quay terminal on a winter morning, seen from the breakwater. | Jo Roe/Harbour Gazette",
        "By Nora Pell",
        "03/03/2026 05:00 AM EST",
        BODY_EN[0],
        BODY_EN[1],
        BODY_EN[2],
    ];
    let output = kept(&page, Lang::En);
    assert_head_and_body_kept(&output, &[HEADLINE_EN, STANDFIRST_EN], &BODY_EN);
}

#[test]
fn a_headline_over_summary_sentences_over_the_stamps_is_the_head() {
    let points = [
        "The board voted seven to two to close the terminal at the end of the summer season.",
        "Every crossing will move to the new pier, which opened last spring.",
        "Island councillors said they would ask the ministry to review the decision.",
    ];
    let page = [
        "Skip Navigation",
        "PORTS",
        HEADLINE_EN,
        points[0],
        points[1],
        points[2],
        "Published Tue, Mar 3 2026 8:15 AM EST",
        "Share Share Article via Facebook Share Article via Email",
        BODY_EN[0],
        BODY_EN[1],
        BODY_EN[2],
    ];
    let output = kept(&page, Lang::En);
    let head = [HEADLINE_EN, points[0], points[1], points[2]];
    assert_head_and_body_kept(&output, &head, &BODY_EN);
}

const HEADLINE_FR: &str = "Bréhault : la piscine municipale fermera ses bassins à la fin de l'été";
const STANDFIRST_FR: &str =
    "Faute de pouvoir financer la réfection de la toiture, le conseil municipal a voté la fermeture de l'équipement construit en 1974.";
const BODY_FR: [&str; 3] = [
    "Le vote n'a pris que quelques minutes, mais le débat qui l'a précédé a duré plus de deux heures, devant une salle comble où s'étaient massés les nageurs du club local.",
    "La toiture, qui laisse passer l'eau depuis trois hivers, devrait être entièrement refaite, pour un coût estimé à un million et demi d'euros par le bureau d'études.",
    "Le maire a promis que les écoles de la commune pourraient nager dans le bassin de la ville voisine, où des créneaux seront réservés dès la rentrée.",
];

#[test]
fn a_signed_line_of_two_stamps_and_a_reading_time_is_a_byline() {
    let page = [
        "Aller au contenu principal",
        "Accueil Vienne Bréhault",
        HEADLINE_FR,
        STANDFIRST_FR,
        "Par Lucie MARVAL - 3 mars 2026 à 18:40 | mis à jour le 4 mars 2026 à 07:12 - Temps de lecture : 3 min",
        "Article réservé aux abonnés",
        BODY_FR[0],
        BODY_FR[1],
        BODY_FR[2],
    ];
    let output = kept(&page, Lang::Fr);
    assert_head_and_body_kept(&output, &[HEADLINE_FR, STANDFIRST_FR], &BODY_FR);
}

#[test]
fn a_live_page_keeps_its_head_and_the_box_over_its_first_post() {
    let results = [
        "Les résultats",
        "Référendum sur la piscine : non à 52,6 %",
        "Budget supplémentaire : oui à 61,0 %",
        "Participation : 38,4 %",
    ];
    let head = [
        "Votation à Bréhault : la piscine municipale sauvée par les urnes",
        "Les électeurs de Bréhault ont refusé dimanche par 52,6 % des voix la fermeture de la piscine municipale, que la majorité avait votée en mars.",
    ];
    let page = [
        "Régions > Vienne",
        "EN DIRECT",
        head[0],
        head[1],
        "Publié à 12:02 Modifié à 18:37",
        "Partager",
        "La piscine municipale de Bréhault, un soir d'été. [Agence - Lucie Marval]",
        "Le 12h30 / 2 min. / aujourd’hui à 12:30",
        results[0],
        results[1],
        results[2],
        results[3],
        "Retrouvez tous les résultats bureau par bureau",
        "18:37",
        BODY_FR[0],
        BODY_FR[1],
        "17:55",
        BODY_FR[2],
    ];
    let output = kept(&page, Lang::Fr);
    let mut expected: Vec<&str> = head.to_vec();
    expected.extend(results);
    expected.extend([BODY_FR[0], BODY_FR[1], BODY_FR[2]]);
    assert_eq!(output, expected);
}

#[test]
fn a_dateline_with_the_reporter_sent_there_or_with_the_date_opens_the_text() {
    let fr = [
        HEADLINE_FR,
        STANDFIRST_FR,
        "Par Lucie Marval",
        "Publié le 03/03/2026 à 07h30",
        "Le bassin olympique, vide depuis l'automne.",
        "Crédit photo : Jean Roux / Le Courrier",
        "Bréhault (Vienne), envoyée spéciale",
        BODY_FR[0],
        BODY_FR[1],
        BODY_FR[2],
    ];
    let output = kept(&fr, Lang::Fr);
    assert_eq!(output[2], "Bréhault (Vienne), envoyée spéciale");
    assert_eq!(output.len(), 6);
    let en = [
        HEADLINE_EN,
        STANDFIRST_EN,
        "Published: 3 March 2026",
        "Share this page: Facebook Email",
        "The north quay at dawn. Photo: Harbour Board",
        "PORT ELLIS, CORNWALL, 3 March 2026",
        BODY_EN[0],
        BODY_EN[1],
        BODY_EN[2],
    ];
    let output = kept(&en, Lang::En);
    assert_eq!(output[2], "PORT ELLIS, CORNWALL, 3 March 2026");
    assert_eq!(output.len(), 6);
}

#[test]
fn a_long_sentence_opening_like_a_link_is_the_article_and_a_short_link_is_not() {
    let sentence = "Read more about the new timetable on the board's website, the harbour master said, adding that it would be updated every week until the autumn.";
    let link = "Read more about the island ferries";
    let page = [BODY_EN[0], BODY_EN[1], link, sentence, BODY_EN[2]];
    let output = kept(&page, Lang::En);
    assert_eq!(output, [BODY_EN[0], BODY_EN[1], sentence, BODY_EN[2]]);
}

#[test]
fn a_lyric_ending_in_said_is_the_article_and_a_commenter_is_not() {
    let lyric = "She told me that was the last thing he said";
    let page = [
        BODY_EN[0],
        "On the first track she sings about the ferry her father worked on:",
        "We counted the gulls on the rail of the boat",
        lyric,
        BODY_EN[1],
        BODY_EN[2],
    ];
    let output = kept(&page, Lang::En);
    assert!(output.iter().any(|line| line == lyric), "{output:?}");
    let signed = [
        BODY_EN[0],
        BODY_EN[1],
        BODY_EN[2],
        "Jo Marsh says:",
        "Great piece.",
    ];
    assert!(!kept(&signed, Lang::En)
        .iter()
        .any(|l| l == "Jo Marsh says:"));
}

#[test]
fn a_newsletter_counted_as_a_figure_is_the_article_and_an_invitation_is_not() {
    let figure = "une lettre d'information quotidienne adressée à 80 000 inscrits, première étape vers l'abonnement.";
    let page = [
        BODY_FR[0],
        "Les chiffres de l'année :",
        "12 000 abonnés numériques, dont un tiers de moins de 40 ans ;",
        figure,
        BODY_FR[1],
        BODY_FR[2],
    ];
    let output = kept(&page, Lang::Fr);
    assert!(output.iter().any(|line| line == figure), "{output:?}");
    let invitation = "Notre lettre d'information : inscrivez-vous pour la recevoir chaque matin.";
    let pitched = [BODY_FR[0], BODY_FR[1], invitation, BODY_FR[2]];
    assert!(!kept(&pitched, Lang::Fr).iter().any(|l| l == invitation));
}

/// The lines of `residue` that `clean` leaves between paragraphs of an article.
fn residue_left(residue: &[&str], lang: Lang) -> Vec<String> {
    let body = if lang == Lang::Fr { BODY_FR } else { BODY_EN };
    let mut page = vec![body[0], body[1]];
    page.extend(residue);
    page.push(body[2]);
    let output = kept(&page, lang);
    residue
        .iter()
        .filter(|line| output.iter().any(|kept| kept.contains(*line)))
        .map(|line| line.to_string())
        .collect()
}

#[test]
fn podcast_sponsor_reads_patron_pitches_and_music_credits_are_residue() {
    let residue = [
        "This episode is sponsored by Tidewater Boots. Use the code HARBOUR for free delivery.",
        "Music in this episode is by Ann Lee.",
        "Enjoying the show?",
        "Become a supporter",
        "Full transcript available to supporters.",
    ];
    assert_eq!(residue_left(&residue, Lang::En), Vec::<String>::new());
    // Inside a paragraph, the patron pitch goes and the sentences around it stay.
    let paragraph = "The next walk follows the old towpath to the sea lock. Join us on Patreon from $4 a month for bonus walks. Our guide that day is a retired lock-keeper.";
    let output = kept(&[BODY_EN[0], BODY_EN[1], paragraph, BODY_EN[2]], Lang::En);
    assert_eq!(
        output[2],
        "The next walk follows the old towpath to the sea lock. Our guide that day is a retired lock-keeper."
    );
}

#[test]
fn follow_pitches_and_pro_pitches_inside_a_paragraph_are_residue() {
    let paragraph = "The depot stays shut until noon. Follow Harbour Radio on Facebook for updates throughout the day. Buses run from the station instead.";
    let pro = "The board will vote in June, an aide said. Pro subscribers got this story first. Learn more about a Pro trial.";
    let output = kept(
        &[BODY_EN[0], paragraph, BODY_EN[1], pro, BODY_EN[2]],
        Lang::En,
    );
    assert_eq!(
        output[1],
        "The depot stays shut until noon. Buses run from the station instead."
    );
    assert_eq!(output[3], "The board will vote in June, an aide said.");
}

#[test]
fn a_long_sign_up_notice_of_a_newsletter_box_is_residue() {
    let notice = "By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service. You may unsubscribe at any time by following the link at the bottom of every email or by writing to us. This form is protected by a captcha and the Privacy Policy and Terms of Service of its provider apply.";
    assert_eq!(residue_left(&[notice], Lang::En), Vec::<String>::new());
}

#[test]
fn french_audio_players_podcast_promotions_blocked_embeds_and_witness_calls_are_residue() {
    let residue = [
        "▶ Écouter le reportage de Jeanne Roux",
        "Écoutez aussi notre podcast « Le Quai », chaque mardi, l'actualité du port racontée par nos journalistes.",
        "Disponible sur l'application Radio Bleue, Deezer et Spotify.",
        "Contenu bloqué. Ce contenu est fourni par un service de musique. Pour l’afficher, vous devez accepter ses cookies.",
        "Afficher le contenu",
        "Vous êtes témoin ? Envoyez-nous vos photos par notre formulaire.",
    ];
    assert_eq!(residue_left(&residue, Lang::Fr), Vec::<String>::new());
}

#[test]
fn a_press_release_ends_at_its_marker_and_its_contacts_and_boilerplate_go() {
    for marker in ["ENDS", "###"] {
        let page = [
            HEADLINE_EN,
            BODY_EN[0],
            BODY_EN[1],
            BODY_EN[2],
            marker,
            "Press contact: Ann Lee, ann@harbourboard.example | 01632 960 123",
            "About the Harbour Board",
            "The Harbour Board is a public trust set up in 1884 to run the port and its crossings, with a board of nine members elected by the harbour's users.",
        ];
        let output = kept(&page, Lang::En);
        assert_eq!(
            output,
            [HEADLINE_EN, BODY_EN[0], BODY_EN[1], BODY_EN[2]],
            "{marker}"
        );
    }
    // A marker high in the text is no end: the article under it stays.
    let page = [HEADLINE_EN, "ENDS", BODY_EN[0], BODY_EN[1], BODY_EN[2]];
    assert_eq!(kept(&page, Lang::En).len(), 4);
}

#[test]
fn a_share_row_with_its_comment_button_and_the_caption_under_it_are_residue() {
    let caption = "Nora Pell on the north quay outside the old terminal, in February.";
    let page = [
        HEADLINE_EN,
        STANDFIRST_EN,
        "By Sam Okoro",
        "March 3, 2026 7:00AM ET",
        "Facebook X Email Comment",
        caption,
        "Photograph by Jo Roe for Harbour Weekly",
        BODY_EN[0],
        BODY_EN[1],
        BODY_EN[2],
    ];
    let output = kept(&page, Lang::En);
    assert_head_and_body_kept(&output, &[HEADLINE_EN, STANDFIRST_EN], &BODY_EN);
}

#[test]
fn a_video_title_under_a_player_giving_its_length_is_residue() {
    let title = "Harbour master on the closure: 'We had no other choice' Morning Desk";
    let page = [
        HEADLINE_EN,
        BODY_EN[0],
        BODY_EN[1],
        "WATCH NOW VIDEO 2:51 02:51",
        title,
        BODY_EN[2],
    ];
    let output = kept(&page, Lang::En);
    assert_eq!(output, [HEADLINE_EN, BODY_EN[0], BODY_EN[1], BODY_EN[2]]);
    // Under a photo's credit with no length, a short line is the article's next intertitle.
    let intertitle = "What the islanders say";
    let page = [
        HEADLINE_EN,
        BODY_EN[0],
        BODY_EN[1],
        "Photo: Harbour Board",
        intertitle,
        BODY_EN[2],
    ];
    assert!(kept(&page, Lang::En).iter().any(|l| l == intertitle));
}

#[test]
fn a_caption_over_its_labelled_credit_after_an_ad_between_paragraphs_is_residue() {
    let caption = "Volunteers carried the new windows up from the road on their backs";
    let page = [
        HEADLINE_EN,
        BODY_EN[0],
        BODY_EN[1],
        "Advertisement",
        caption,
        "Photo: Supplied",
        BODY_EN[2],
    ];
    let output = kept(&page, Lang::En);
    assert_eq!(output, [HEADLINE_EN, BODY_EN[0], BODY_EN[1], BODY_EN[2]]);
}

#[test]
fn a_caption_over_its_credit_over_a_live_post_time_is_residue() {
    let caption = "La piscine de Bréhault, vers 19 heures.";
    let page = [
        HEADLINE_FR,
        "18:55",
        BODY_FR[0],
        BODY_FR[1],
        caption,
        "Photo Le Courrier /Jean ROUX",
        "18:20",
        BODY_FR[2],
    ];
    let output = kept(&page, Lang::Fr);
    assert_eq!(output, [HEADLINE_FR, BODY_FR[0], BODY_FR[1], BODY_FR[2]]);
}
