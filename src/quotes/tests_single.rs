//! Straight single marks as the outer quotation marks of English text (British style), and
//! the apostrophes that must never be taken for them. Every paragraph with an apostrophe trap
//! also holds one real quote, so each test fails both when no straight mark is paired and when
//! an apostrophe is.

use super::test_support::speakers_in;
use super::*;

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    speakers_in(text, Lang::En)
}

fn quoted(text: &str) -> Vec<String> {
    speakers(text).into_iter().map(|(t, _)| t).collect()
}

fn said(t: &str, s: &str) -> (String, Option<String>) {
    (t.to_string(), Some(s.to_string()))
}

#[test]
fn a_british_paragraph_gives_partial_direct_and_follow_on_quotes() {
    let text = "Harbour master Colin Ure said he was 'gutted' by the collapse. 'We warned the \
                council twice and nothing was done,' he said. 'That is on them, not on the \
                fishermen.'";
    assert_eq!(
        speakers(text),
        [
            said("gutted", "Colin Ure"),
            said(
                "We warned the council twice and nothing was done,",
                "Colin Ure"
            ),
            said("That is on them, not on the fishermen.", "Colin Ure"),
        ]
    );
    let kinds: Vec<_> = extract(text, Lang::En)
        .iter()
        .map(|q| q.kind.name())
        .collect();
    assert_eq!(kinds, ["partial", "direct", "direct"]);
}

#[test]
fn interrupted_colon_and_postposed_attributions_work_with_straight_marks() {
    let text = "'The trouble is,' said Meena Kaur, 'nobody ever listens to the residents.'\n\
                Nurse Priya Shah said: 'I have never seen a ward this full.'\n\
                'It was like a scene from a film,' said shopkeeper Dev Patel.";
    assert_eq!(
        speakers(text),
        [
            said("The trouble is,", "Meena Kaur"),
            said("nobody ever listens to the residents.", "Meena Kaur"),
            said("I have never seen a ward this full.", "Priya Shah"),
            said("It was like a scene from a film,", "Dev Patel"),
        ]
    );
}

#[test]
fn double_marks_nest_inside_straight_singles_with_apostrophes_untouched() {
    let text = "Angela Rudd said 'those aren't \"burglars\", they're the Joneses' cats' and \
                laughed.";
    assert_eq!(
        speakers(text),
        [said(
            "those aren't \"burglars\", they're the Joneses' cats",
            "Angela Rudd"
        )]
    );
}

#[test]
fn a_possessive_or_an_elision_inside_the_quote_does_not_close_it() {
    let text = "'The nurses' union has been patient,' said Tom Hale.\n\
                'We were sittin' there for hours,' said Bill Cray.\n\
                'Our lads' morale is through the floor and the fans' patience too,' said Ian Moss.";
    assert_eq!(
        speakers(text),
        [
            said("The nurses' union has been patient,", "Tom Hale"),
            said("We were sittin' there for hours,", "Bill Cray"),
            said(
                "Our lads' morale is through the floor and the fans' patience too,",
                "Ian Moss"
            ),
        ]
    );
}

#[test]
fn a_quote_runs_on_when_the_next_paragraph_opens_with_a_straight_mark() {
    let text = "Joan Pike said: 'I waited for three hours in the workers' canteen.\n\n\
                'Then they told me to come back tomorrow.'";
    assert_eq!(
        speakers(text),
        [
            said(
                "I waited for three hours in the workers' canteen.",
                "Joan Pike"
            ),
            said("Then they told me to come back tomorrow.", "Joan Pike"),
        ]
    );
}

#[test]
fn possessive_plurals_elisions_and_years_are_never_marks() {
    // Each paragraph: apostrophe traps, then one real quote.
    let traps = [
        "The Smiths' house and the Joneses' dog were in the report.",
        "He grew up in the '90s and loves rock 'n' roll, O'Brien's pub and the Beatles' songs.",
        "Give 'em a chance, the fans' chant went, as the players' wages rose.",
        "The class of '99 met at the Browns' farm for the twins' party.",
        "Life in the 'burbs was calm until the neighbours' builders came.",
        "Fans of the 'Boro say the players' wages are too high.",
        "It's the kids' fault, isn't it? The teachers' strike goes on 'til May.",
        "We were just goin' home past the Hendersons' barn.",
    ];
    for trap in traps {
        let text = format!("{trap} 'We will not be moved,' said Rosa Lund.");
        assert_eq!(
            speakers(&text),
            [said("We will not be moved,", "Rosa Lund")],
            "{trap}"
        );
    }
}

#[test]
fn an_elision_after_a_real_opening_mark_is_inside_the_quote() {
    let text = "'They call it the 'burbs, but we love it here,' said Kate Noon.\n\
                'I grew up with '90s telly and I'm not sorry,' said Kate Noon.";
    assert_eq!(
        quoted(text),
        [
            "They call it the 'burbs, but we love it here,",
            "I grew up with '90s telly and I'm not sorry,",
        ]
    );
}

#[test]
fn a_partial_quote_ending_in_s_closes_before_a_function_word() {
    let text = "Critics called the volunteers 'heroes' in a letter, and the scheme 'a \
                waste of taxpayers' money'.";
    assert_eq!(quoted(text), ["heroes", "a waste of taxpayers' money"]);
}

#[test]
fn a_lowercase_partial_quote_ending_in_s_closes_before_any_word() {
    let text = "Divers said trawlers had wrecked corals 'older than the cathedrals' nearby.\n\
                Fans of the 'Boro say the players' wages are too high, said Ed Rowe.";
    assert_eq!(quoted(text), ["older than the cathedrals"]);
}

#[test]
fn a_single_letter_between_marks_is_no_quote() {
    let text = "Pupils got an 'A' or a 'B' in rock 'n' roll studies, said the 'delighted' head.";
    assert_eq!(quoted(text), ["delighted"]);
}

#[test]
fn straight_singles_stay_inner_marks_in_double_mark_documents_and_unpaired_in_french() {
    let text = "\"He told me 'never again,' and left,\" said Ada Moor. Then she said 'fine'.";
    assert_eq!(
        quoted(text),
        ["He told me 'never again,' and left,", "fine"]
    );
    assert!(extract("Il a dit 'non' à l'Ukraine.", Lang::Fr).is_empty());
}

#[test]
fn a_straight_quote_nested_in_a_straight_quote_stays_inside_it() {
    let text = "'My gran always says 'waste not, want not,'' said Lily Fenn.\n\
                'I call it 'the pit' and I hate it,' said Joe Marr.\n\
                'They call it the 'Boro, but we love it,' said Ann Cole.\n\
                'She calls me “the boss,” ' said Joe Marr.";
    assert_eq!(
        speakers(text),
        [
            said("My gran always says 'waste not, want not,'", "Lily Fenn"),
            said("I call it 'the pit' and I hate it,", "Joe Marr"),
            said("They call it the 'Boro, but we love it,", "Ann Cole"),
            said("She calls me “the boss,”", "Joe Marr"),
        ]
    );
}
