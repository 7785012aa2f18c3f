//! Orientation: a few questions about what happened, and the place each
//! set of answers leads to (the "Brigade numérique" role of the portal).
//!
//! Citizens do not know the names of procedures; they know what happened.
//! [`next`] reads the answers given so far and says which question comes
//! next or where the citizen should go. Answers travel in form fields, never
//! in a URL; a slug that is not a known answer counts as no answer.

mod destination;

pub use destination::{Destination, StationReason};

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
    pub fn choices(self) -> Vec<&'static str> {
        match self {
            Question::Danger | Question::Internet | Question::KnownAuthor => vec!["yes", "no"],
            Question::WhatHappened => WhatHappened::ALL.iter().map(|w| w.slug()).collect(),
            Question::OnlineIdentity => OnlineIdentity::ALL.iter().map(|i| i.slug()).collect(),
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
    /// Every answer, in display order.
    pub const ALL: &'static [WhatHappened] = &[
        WhatHappened::Property,
        WhatHappened::Violence,
        WhatHappened::SexualViolence,
        WhatHappened::Discrimination,
        WhatHappened::PublicService,
        WhatHappened::Other,
    ];

    /// Form value, and the end of its catalogue keys.
    pub fn slug(self) -> &'static str {
        match self {
            WhatHappened::Property => "property",
            WhatHappened::Violence => "violence",
            WhatHappened::SexualViolence => "sexual-violence",
            WhatHappened::Discrimination => "discrimination",
            WhatHappened::PublicService => "public-service",
            WhatHappened::Other => "other",
        }
    }

    /// The answer whose slug this is.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|w| w.slug() == slug)
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

impl OnlineIdentity {
    /// Every answer, in display order.
    pub const ALL: &'static [OnlineIdentity] = &[
        OnlineIdentity::Yes,
        OnlineIdentity::No,
        OnlineIdentity::NotSure,
    ];

    /// Form value, and the end of its catalogue keys.
    pub fn slug(self) -> &'static str {
        match self {
            OnlineIdentity::Yes => "yes",
            OnlineIdentity::No => "no",
            OnlineIdentity::NotSure => "not-sure",
        }
    }

    /// The answer whose slug this is.
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|i| i.slug() == slug)
    }
}

fn yes_no(slug: &str) -> Option<bool> {
    match slug {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
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
            Question::OnlineIdentity => self.identity = OnlineIdentity::from_slug(slug),
        }
        self.get(question).is_some()
    }

    /// Removes the answer to `question`.
    pub fn clear(&mut self, question: Question) {
        self.set(question, "");
    }

    /// The slug of the answer to `question`, if answered.
    pub fn get(&self, question: Question) -> Option<&'static str> {
        let yes_no = |answer: Option<bool>| answer.map(|yes| if yes { "yes" } else { "no" });
        match question {
            Question::Danger => yes_no(self.danger),
            Question::WhatHappened => self.what.map(WhatHappened::slug),
            Question::Internet => yes_no(self.internet),
            Question::KnownAuthor => yes_no(self.known),
            Question::OnlineIdentity => self.identity.map(OnlineIdentity::slug),
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

    /// Going back from the next question: the last question answered on the
    /// way, its answer (shown selected again), and the answers before it.
    pub fn step_back(mut self) -> (Answers, Question, Option<&'static str>) {
        let Some(last) = self.path().pop() else {
            return (Answers::new(), Question::Danger, None);
        };
        let answer = self.get(last);
        self.clear(last);
        (self, last, answer)
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
    let Some(danger) = answers.danger else {
        return (path, Next::Ask(Question::Danger));
    };
    path.push(Question::Danger);
    if danger {
        return (path, Next::Go(Destination::Emergency));
    }
    let Some(what) = answers.what else {
        return (path, Next::Ask(Question::WhatHappened));
    };
    path.push(Question::WhatHappened);
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
mod tests;
