//! Items stolen or damaged, collected one at a time in an add-another loop.

use serde::{Deserialize, Serialize};

use crate::domain::errors::FieldErrors;
use crate::domain::form::{choice, optional_text, required_text, yes_no, SHORT_MAX};
use crate::domain::values::{Amount, Imei, Plate};

/// Most items one pre-complaint lists; beyond that the unit takes the list.
pub const MAX_ITEMS: usize = 30;

/// The kinds of item, each with its own questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    /// A mobile phone.
    Phone,
    /// A car, motorbike or other registered vehicle.
    Vehicle,
    /// A bank card.
    BankCard,
    /// An identity document.
    IdentityDocument,
    /// Anything else.
    Other,
}

impl ItemKind {
    /// Every kind, in display order.
    pub const ALL: &'static [ItemKind] = &[
        ItemKind::Phone,
        ItemKind::Vehicle,
        ItemKind::BankCard,
        ItemKind::IdentityDocument,
        ItemKind::Other,
    ];

    /// URL part, form value and the end of its catalogue key.
    pub fn slug(self) -> &'static str {
        match self {
            ItemKind::Phone => "phone",
            ItemKind::Vehicle => "vehicle",
            ItemKind::BankCard => "bank-card",
            ItemKind::IdentityDocument => "identity-document",
            ItemKind::Other => "other",
        }
    }

    /// The kind whose slug this is.
    pub fn from_slug(slug: &str) -> Option<Self> {
        ItemKind::ALL.iter().copied().find(|k| k.slug() == slug)
    }

    /// The names of this kind's form fields, in page order.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            ItemKind::Phone => &["brand", "model", "imei"],
            ItemKind::Vehicle => &["plate", "brand", "model", "colour"],
            ItemKind::BankCard => &[
                "bank",
                "last_digits",
                "blocked",
                "fraudulent_payments",
                "amount",
            ],
            ItemKind::IdentityDocument => &["document", "number"],
            ItemKind::Other => &["description", "serial", "value"],
        }
    }
}

/// A stolen phone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneItem {
    pub brand: String,
    pub model: Option<String>,
    /// IMEI, when the citizen has it (on the box or the invoice): it lets
    /// the operators block the phone.
    pub imei: Option<Imei>,
}

/// A stolen vehicle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VehicleItem {
    pub plate: Plate,
    pub brand: String,
    pub model: Option<String>,
    pub colour: Option<String>,
}

/// A stolen or fraudulently used bank card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankCardItem {
    pub bank: String,
    /// The last four digits (never the full number).
    pub last_digits: String,
    /// The card has been blocked (opposition).
    pub blocked: bool,
    /// Payments were made that the holder did not make.
    pub fraudulent_payments: bool,
    /// Total of those payments, if known.
    pub amount: Option<Amount>,
}

/// The identity documents a citizen can declare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    IdentityCard,
    Passport,
    ResidencePermit,
    DrivingLicence,
}

impl DocumentKind {
    /// Every choice, in display order.
    pub const ALL: &'static [DocumentKind] = &[
        DocumentKind::IdentityCard,
        DocumentKind::Passport,
        DocumentKind::ResidencePermit,
        DocumentKind::DrivingLicence,
    ];

    /// Form value and the end of its catalogue key.
    pub fn slug(self) -> &'static str {
        match self {
            DocumentKind::IdentityCard => "identity-card",
            DocumentKind::Passport => "passport",
            DocumentKind::ResidencePermit => "residence-permit",
            DocumentKind::DrivingLicence => "driving-licence",
        }
    }
}

/// A stolen identity document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentItem {
    pub document: DocumentKind,
    pub number: Option<String>,
}

/// Anything else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtherItem {
    pub description: String,
    pub serial: Option<String>,
    pub value: Option<Amount>,
}

/// One item of the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Item {
    Phone(PhoneItem),
    Vehicle(VehicleItem),
    BankCard(BankCardItem),
    IdentityDocument(DocumentItem),
    Other(OtherItem),
}

impl Item {
    /// The item's kind.
    pub fn kind(&self) -> ItemKind {
        match self {
            Item::Phone(_) => ItemKind::Phone,
            Item::Vehicle(_) => ItemKind::Vehicle,
            Item::BankCard(_) => ItemKind::BankCard,
            Item::IdentityDocument(_) => ItemKind::IdentityDocument,
            Item::Other(_) => ItemKind::Other,
        }
    }
}

/// Raw answers of an item page; each kind reads its own fields.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ItemForm {
    pub brand: String,
    pub model: String,
    pub imei: String,
    pub plate: String,
    pub colour: String,
    pub bank: String,
    pub last_digits: String,
    pub blocked: String,
    pub fraudulent_payments: String,
    pub amount: String,
    pub document: String,
    pub number: String,
    pub description: String,
    pub serial: String,
    pub value: String,
}

fn parsed<T>(
    errors: &mut FieldErrors,
    field: &'static str,
    input: &str,
    message: &'static str,
    parse: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let text = optional_text(errors, field, input, 40)?;
    let value = parse(&text);
    if value.is_none() {
        errors.add(field, message);
    }
    value
}

impl ItemForm {
    /// Re-displays a saved item.
    pub fn from_item(item: &Item) -> Self {
        let amount =
            |a: &Option<Amount>| a.map(|a| format!("{},{:02}", a.cents() / 100, a.cents() % 100));
        let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
        match item {
            Item::Phone(p) => ItemForm {
                brand: p.brand.clone(),
                model: p.model.clone().unwrap_or_default(),
                imei: p
                    .imei
                    .as_ref()
                    .map(|i| i.as_str().into())
                    .unwrap_or_default(),
                ..Default::default()
            },
            Item::Vehicle(v) => ItemForm {
                plate: v.plate.as_str().into(),
                brand: v.brand.clone(),
                model: v.model.clone().unwrap_or_default(),
                colour: v.colour.clone().unwrap_or_default(),
                ..Default::default()
            },
            Item::BankCard(c) => ItemForm {
                bank: c.bank.clone(),
                last_digits: c.last_digits.clone(),
                blocked: yes_no(c.blocked),
                fraudulent_payments: yes_no(c.fraudulent_payments),
                amount: amount(&c.amount).unwrap_or_default(),
                ..Default::default()
            },
            Item::IdentityDocument(d) => ItemForm {
                document: d.document.slug().into(),
                number: d.number.clone().unwrap_or_default(),
                ..Default::default()
            },
            Item::Other(o) => ItemForm {
                description: o.description.clone(),
                serial: o.serial.clone().unwrap_or_default(),
                value: amount(&o.value).unwrap_or_default(),
                ..Default::default()
            },
        }
    }

    /// Parses the page for an item of `kind`.
    pub fn parse(&self, kind: ItemKind) -> Result<Item, FieldErrors> {
        let mut e = FieldErrors::new();
        let item = match kind {
            ItemKind::Phone => {
                let brand = required_text(&mut e, "brand", &self.brand, 100);
                let model = optional_text(&mut e, "model", &self.model, 100);
                let imei = parsed(&mut e, "imei", &self.imei, "error-imei", Imei::parse);
                brand.map(|brand| Item::Phone(PhoneItem { brand, model, imei }))
            }
            ItemKind::Vehicle => {
                let plate = required_text(&mut e, "plate", &self.plate, 20).and_then(|p| {
                    let plate = Plate::parse(&p);
                    if plate.is_none() {
                        e.add("plate", "error-plate");
                    }
                    plate
                });
                let brand = required_text(&mut e, "brand", &self.brand, 100);
                let model = optional_text(&mut e, "model", &self.model, 100);
                let colour = optional_text(&mut e, "colour", &self.colour, 50);
                plate.zip(brand).map(|(plate, brand)| {
                    Item::Vehicle(VehicleItem {
                        plate,
                        brand,
                        model,
                        colour,
                    })
                })
            }
            ItemKind::BankCard => {
                let bank = required_text(&mut e, "bank", &self.bank, 100);
                let digits: String = self
                    .last_digits
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect();
                let last_digits = if digits.is_empty() {
                    e.add("last_digits", "error-required");
                    None
                } else if digits.len() == 4 && digits.chars().all(|c| c.is_ascii_digit()) {
                    Some(digits)
                } else {
                    e.add("last_digits", "error-last-digits");
                    None
                };
                let blocked = yes_no(&mut e, "blocked", &self.blocked);
                let fraudulent = yes_no(&mut e, "fraudulent_payments", &self.fraudulent_payments);
                let amount = parsed(
                    &mut e,
                    "amount",
                    &self.amount,
                    "error-amount",
                    Amount::parse,
                );
                match (bank, last_digits, blocked, fraudulent) {
                    (Some(bank), Some(last_digits), Some(blocked), Some(fraudulent_payments)) => {
                        Some(Item::BankCard(BankCardItem {
                            bank,
                            last_digits,
                            blocked,
                            fraudulent_payments,
                            amount: amount.filter(|_| fraudulent_payments),
                        }))
                    }
                    _ => None,
                }
            }
            ItemKind::IdentityDocument => {
                let document = choice(
                    &mut e,
                    "document",
                    &self.document,
                    DocumentKind::ALL,
                    DocumentKind::slug,
                );
                let number = optional_text(&mut e, "number", &self.number, 40);
                document.map(|document| Item::IdentityDocument(DocumentItem { document, number }))
            }
            ItemKind::Other => {
                let description =
                    required_text(&mut e, "description", &self.description, SHORT_MAX);
                let serial = optional_text(&mut e, "serial", &self.serial, 100);
                let value = parsed(&mut e, "value", &self.value, "error-amount", Amount::parse);
                description.map(|description| {
                    Item::Other(OtherItem {
                        description,
                        serial,
                        value,
                    })
                })
            }
        };
        match item {
            Some(item) if e.is_empty() => Ok(item),
            _ => {
                e.sort_by_fields(kind.fields());
                Err(e)
            }
        }
    }
}
