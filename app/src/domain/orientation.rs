//! Orientation: a few questions about what happened, and the place each
//! set of answers leads to (the "Brigade numérique" role of the portal).
//!
//! Citizens do not know the names of procedures; they know what happened.
//! [`next`] reads the answers given so far and says which question comes
//! next or where the citizen should go. Answers travel in form fields, never
//! in a URL; a slug that is not a known answer counts as no answer.

/// A question of the orientation, in the order they can be asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Question {
    /// Is anyone in danger right now?
    Danger,
    /// What happened?
    WhatHappened,
    /// Did it happen on the internet? (property cases)
    Internet,
    /// Do you know who did it? (property cases)
    KnownAuthor,
    /// Can you prove your identity online with FranceConnect? (property cases)
    OnlineIdentity,
}

impl Question {
    /// Every question.
    pub const ALL: &'static [Question] = &[
        Question::Danger,
        Question::WhatHappened,
        Question::Internet,
        Question::KnownAuthor,
        Question::OnlineIdentity,
    ];

    /// Form field name, and the middle of its catalogue keys.
    pub fn slug(self) -> &'static str {
        match self {
            Question::Danger => "danger",
            Question::WhatHappened => "what",
            Question::Internet => "internet",
            Question::KnownAuthor => "known",
            Question::OnlineIdentity => "identity",
        }
    }

    /// The question whose slug this is.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|q| q.slug() == slug)
    }

    /// The slugs of the answers the question accepts, in display order.
    pub fn choices(self) -> &'static [&'static str] {
        match self {
            Question::Danger | Question::Internet | Question::KnownAuthor => &["yes", "no"],
            Question::WhatHappened => &[
                "property",
                "violence",
                "sexual-violence",
                "discrimination",
                "public-service",
                "other",
            ],
            Question::OnlineIdentity => &["yes", "no", "not-sure"],
        }
    }
}

/// What happened, in the citizen's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhatHappened {
    /// Theft, burglary, damage, bank card fraud, a scam.
    Property,
    /// Physical violence or threats.
    Violence,
    /// Sexual or sexist violence.
    SexualViolence,
    /// Treated worse because of who they are.
    Discrimination,
    /// Treated unfairly by a public service.
    PublicService,
    /// Something else.
    Other,
}

impl WhatHappened {
    fn from_slug(slug: &str) -> Option<Self> {
        Some(match slug {
            "property" => WhatHappened::Property,
            "violence" => WhatHappened::Violence,
            "sexual-violence" => WhatHappened::SexualViolence,
            "discrimination" => WhatHappened::Discrimination,
            "public-service" => WhatHappened::PublicService,
            "other" => WhatHappened::Other,
            _ => return None,
        })
    }
}

/// Whether the citizen can prove their identity online.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnlineIdentity {
    /// They can use FranceConnect.
    Yes,
    /// They cannot.
    No,
    /// They do not know.
    NotSure,
}

fn yes_no(slug: &str) -> Option<bool> {
    match slug {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// Why the citizen should go to a police station or gendarmerie in person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StationReason {
    /// They know who did it: a pre-complaint is for unknown authors.
    KnownAuthor,
    /// Violence or threats against a person.
    Violence,
    /// Something the portal does not cover.
    NotCovered,
}

/// Where the orientation sends the citizen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Destination {
    /// Call the emergency numbers now.
    Emergency,
    /// The property pre-complaint of this portal.
    PreComplaint,
    /// The online complaint with a verified identity.
    OnlineComplaint,
    /// The discrimination report, with the Défenseur des droits beside it.
    Discrimination,
    /// Help and support (sexual and sexist violence); the slug and title
    /// stay neutral.
    Support,
    /// The dedicated services for internet scams and online card fraud.
    InternetScam,
    /// The Défenseur des droits.
    DefenseurDesDroits,
    /// A police station or gendarmerie, in person.
    PoliceStation(StationReason),
}

impl Destination {
    /// Every destination.
    pub const ALL: &'static [Destination] = &[
        Destination::Emergency,
        Destination::PreComplaint,
        Destination::OnlineComplaint,
        Destination::Discrimination,
        Destination::Support,
        Destination::InternetScam,
        Destination::DefenseurDesDroits,
        Destination::PoliceStation(StationReason::KnownAuthor),
        Destination::PoliceStation(StationReason::Violence),
        Destination::PoliceStation(StationReason::NotCovered),
    ];

    /// URL part (`/orientation/result/<slug>`) and the middle of its
    /// catalogue keys. Neutral words only: a URL stays in the history.
    pub fn slug(self) -> &'static str {
        match self {
            Destination::Emergency => "emergency",
            Destination::PreComplaint => "pre-complaint",
            Destination::OnlineComplaint => "online-complaint",
            Destination::Discrimination => "discrimination",
            Destination::Support => "support",
            Destination::InternetScam => "internet",
            Destination::DefenseurDesDroits => "defenseur-des-droits",
            Destination::PoliceStation(StationReason::KnownAuthor) => "station-known-author",
            Destination::PoliceStation(StationReason::Violence) => "station-violence",
            Destination::PoliceStation(StationReason::NotCovered) => "station-other",
        }
    }

    /// The destination whose slug this is.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|d| d.slug() == slug)
    }
}

/// The answers given so far; an answer that was not a known slug is absent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    danger: Option<bool>,
    what: Option<WhatHappened>,
    internet: Option<bool>,
    known: Option<bool>,
    identity: Option<OnlineIdentity>,
}

impl Answers {
    /// No answer yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records `slug` as the answer to `question`; an unknown slug clears
    /// it. Returns whether the answer was recognised.
    pub fn set(&mut self, question: Question, slug: &str) -> bool {
        match question {
            Question::Danger => self.danger = yes_no(slug),
            Question::WhatHappened => self.what = WhatHappened::from_slug(slug),
            Question::Internet => self.internet = yes_no(slug),
            Question::KnownAuthor => self.known = yes_no(slug),
            Question::OnlineIdentity => {
                self.identity = match slug {
                    "yes" => Some(OnlineIdentity::Yes),
                    "no" => Some(OnlineIdentity::No),
                    "not-sure" => Some(OnlineIdentity::NotSure),
                    _ => None,
                }
            }
        }
        self.get(question).is_some()
    }

    /// Removes the answer to `question`.
    pub fn clear(&mut self, question: Question) {
        self.set(question, "");
    }

    /// The slug of the answer to `question`, if answered.
    pub fn get(&self, question: Question) -> Option<&'static str> {
        let slug_of = |answer: Option<&str>| {
            answer.and_then(|a| question.choices().iter().copied().find(|c| *c == a))
        };
        let yes_no = |b: Option<bool>| b.map(|b| if b { "yes" } else { "no" });
        match question {
            Question::Danger => slug_of(yes_no(self.danger)),
            Question::WhatHappened => slug_of(self.what.map(|w| match w {
                WhatHappened::Property => "property",
                WhatHappened::Violence => "violence",
                WhatHappened::SexualViolence => "sexual-violence",
                WhatHappened::Discrimination => "discrimination",
                WhatHappened::PublicService => "public-service",
                WhatHappened::Other => "other",
            })),
            Question::Internet => slug_of(yes_no(self.internet)),
            Question::KnownAuthor => slug_of(yes_no(self.known)),
            Question::OnlineIdentity => slug_of(self.identity.map(|i| match i {
                OnlineIdentity::Yes => "yes",
                OnlineIdentity::No => "no",
                OnlineIdentity::NotSure => "not-sure",
            })),
        }
    }

    /// The questions answered on the way to [`next`], in the order asked.
    /// Answers off that way (left from another branch) do not count.
    pub fn path(&self) -> Vec<Question> {
        walk(self).0
    }

    /// Only the answers on the way to [`next`]: what the next page carries.
    pub fn on_path(&self) -> Vec<(Question, &'static str)> {
        self.path()
            .into_iter()
            .filter_map(|q| self.get(q).map(|a| (q, a)))
            .collect()
    }
}

/// What comes after the answers so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Ask this question.
    Ask(Question),
    /// The orientation is over: go there.
    Go(Destination),
}

/// The next question, or the destination, for the answers given so far.
pub fn next(answers: &Answers) -> Next {
    walk(answers).1
}

/// The rules, as one walk down the questions: the questions answered on the
/// way, and where the walk stops.
fn walk(answers: &Answers) -> (Vec<Question>, Next) {
    let mut path = Vec::new();
    let mut ask = |question: Question, answer: bool| {
        if answer {
            path.push(question);
        }
        !answer
    };
    if ask(Question::Danger, answers.danger.is_some()) {
        return (path, Next::Ask(Question::Danger));
    }
    if answers.danger == Some(true) {
        return (path, Next::Go(Destination::Emergency));
    }
    let Some(what) = answers.what.filter(|_| !ask(Question::WhatHappened, true)) else {
        return (path, Next::Ask(Question::WhatHappened));
    };
    let to = match what {
        WhatHappened::Property => return property(answers, path),
        WhatHappened::Violence => Destination::PoliceStation(StationReason::Violence),
        WhatHappened::SexualViolence => Destination::Support,
        WhatHappened::Discrimination => Destination::Discrimination,
        WhatHappened::PublicService => Destination::DefenseurDesDroits,
        WhatHappened::Other => Destination::PoliceStation(StationReason::NotCovered),
    };
    (path, Next::Go(to))
}

/// The property branch: internet scams go to their own service, a known
/// author to a station, and the rest online, fully when the identity can be
/// proved online.
fn property(answers: &Answers, mut path: Vec<Question>) -> (Vec<Question>, Next) {
    let Some(internet) = answers.internet else {
        return (path, Next::Ask(Question::Internet));
    };
    path.push(Question::Internet);
    if internet {
        return (path, Next::Go(Destination::InternetScam));
    }
    let Some(known) = answers.known else {
        return (path, Next::Ask(Question::KnownAuthor));
    };
    path.push(Question::KnownAuthor);
    if known {
        return (
            path,
            Next::Go(Destination::PoliceStation(StationReason::KnownAuthor)),
        );
    }
    let Some(identity) = answers.identity else {
        return (path, Next::Ask(Question::OnlineIdentity));
    };
    path.push(Question::OnlineIdentity);
    let to = match identity {
        OnlineIdentity::Yes => Destination::OnlineComplaint,
        OnlineIdentity::No | OnlineIdentity::NotSure => Destination::PreComplaint,
    };
    (path, Next::Go(to))
}

#[cfg(test)]
#[path = "orientation_tests.rs"]
mod tests;
