/** Help-center articles of Acme Outdoor Gear, a camping and outdoor retailer. */
import type { ArticleContent } from './content.js';

export const ACME_ARTICLES: readonly ArticleContent[] = [
  {
    slug: 'track-your-order',
    title: 'How do I track my order?',
    category: 'orders-shipping',
    sub: 'delivery',
    tags: ['shipping', 'orders'],
    status: 'published',
    body: `As soon as your order leaves our warehouse in Boulder we email you a **shipping confirmation** with a tracking link. Most orders ship within one business day.

## Where to find your tracking number

1. Open **My account → Orders**.
2. Choose the order and select **Track package**.

Tracking can take up to 24 hours to show the first scan. If your package has not moved for five business days, contact us and we will open a trace with the carrier.`,
  },
  {
    slug: 'shipping-times-and-costs',
    title: 'Shipping times and costs',
    category: 'orders-shipping',
    sub: 'delivery',
    tags: ['shipping'],
    status: 'published',
    body: `Standard shipping is **free on orders over $50** and takes 3–5 business days within the contiguous US. Expedited shipping (2 business days) costs $14.95 and overnight shipping $29.95.

Oversized items such as kayaks, canoes and cargo boxes ship by freight and take 5–8 business days; we call you to book a delivery window.

We ship to Alaska, Hawaii and Canada with longer transit times. Fuel canisters and bear spray can only travel by ground, so they are excluded from expedited options.`,
  },
  {
    slug: 'change-or-cancel-an-order',
    title: 'Can I change or cancel my order?',
    category: 'orders-shipping',
    sub: 'changes-cancellations',
    tags: ['orders'],
    status: 'published',
    body: `You can change the size, colour or shipping address of an order, or cancel it, **within 60 minutes** of placing it: open **My account → Orders** and choose *Edit order*.

After that the order is already being picked in our warehouse. Write to us anyway — if it has not shipped yet we can often still stop it. Once it has shipped, start a free return when it arrives instead.`,
  },
  {
    slug: 'start-a-return',
    title: 'How to start a return',
    category: 'returns-exchanges',
    sub: 'returns',
    tags: ['returns'],
    status: 'published',
    body: `We accept returns of unused gear **within 60 days** of delivery, and returns of used gear covered by our *Trail Tested Guarantee* within one year.

## Start your return

1. Open **My account → Orders** and choose *Return items*.
2. Pick the items and tell us why you are returning them.
3. Print the prepaid label, or show the QR code at any UPS Store.

Refunds go back to the original payment method within 5 business days of the return arriving at our warehouse.`,
  },
  {
    slug: 'exchange-for-a-different-size',
    title: 'Exchanging boots or clothing for a different size',
    category: 'returns-exchanges',
    sub: 'exchanges',
    tags: ['returns', 'sizing'],
    status: 'published',
    body: `The fastest way to get the right size is an **exchange**: we ship the new size as soon as you drop off the original, without waiting for it to reach us.

Choose *Exchange* instead of *Return* in **My account → Orders**. Exchanges for the same item in another size or colour are free, including shipping both ways.

Not sure about sizing? Our hiking boots run true to size; if you are between sizes or wear thick wool socks, go half a size up.`,
  },
  {
    slug: 'trail-tested-guarantee',
    title: 'What is the Trail Tested Guarantee?',
    category: 'returns-exchanges',
    sub: 'returns',
    tags: ['returns', 'warranty'],
    status: 'published',
    body: `Every Acme-brand product is covered by the **Trail Tested Guarantee**: if it does not perform as promised within one year of purchase, we repair, replace or refund it — even if you have used it.

The guarantee does not cover normal wear (worn tread, faded colours), accidents or damage from misuse, such as a tent pitched in winds beyond its rating. For those we offer discounted repairs.`,
  },
  {
    slug: 'waterproof-your-tent',
    title: 'How to re-waterproof your tent',
    category: 'product-care',
    sub: 'tents-shelters',
    tags: ['tents', 'care'],
    status: 'published',
    body: `Over time the waterproof coating of a rainfly wears off and the seams start to let water through. Re-proofing once a season keeps your tent dry.

## What you need

- A seam sealer suited to your fly fabric (silicone for silnylon, PU for polyester).
- A spray-on DWR treatment.

## Steps

1. Pitch the tent in a dry, shaded place and clean the fly with lukewarm water.
2. Apply seam sealer along every taped seam and let it cure for 12 hours.
3. Spray the DWR treatment evenly over the outside of the fly and let it dry.

Never put a tent in a washing machine: it destroys the coating.`,
  },
  {
    slug: 'clean-and-store-a-sleeping-bag',
    title: 'Cleaning and storing a down sleeping bag',
    category: 'product-care',
    sub: 'sleeping-bags',
    tags: ['care', 'sleeping-bags'],
    status: 'published',
    body: `Wash a down sleeping bag only when it is visibly dirty or has lost loft — usually once or twice a year.

Use a **front-loading machine** on a gentle cycle with a down-specific wash, then tumble dry on low heat with two or three clean tennis balls to break up clumps. Drying takes up to three hours; the bag must be completely dry before storage.

Store it loose in the large cotton storage sack it came with, never compressed in its stuff sack: compressed down loses its loft and warmth.`,
  },
  {
    slug: 'stove-will-not-light',
    title: 'My camping stove will not light',
    category: 'product-care',
    sub: 'stoves-cooking',
    tags: ['stoves', 'troubleshooting'],
    status: 'published',
    body: `Most ignition problems come from the fuel or the igniter, not from the stove itself.

- **Check the canister**: shake it; below 10% the pressure is too low, especially under 40 °F (4 °C). Warm it in your jacket before use.
- **Check the igniter**: you should see a spark at the burner. If not, light it with a match — the stove still works.
- **Clean the jet**: a clogged jet gives a weak, yellow flame. Use the needle from the maintenance kit.

If the stove leaks gas at the connection, stop using it and contact us for a replacement under warranty.`,
  },
  {
    slug: 'summit-rewards-points',
    title: 'How Summit Rewards points work',
    category: 'account-rewards',
    sub: 'rewards',
    tags: ['rewards'],
    status: 'published',
    body: `Summit Rewards members earn **1 point per dollar** spent online and in our stores, and 2 points per dollar on Acme-brand gear.

Every 500 points become a $10 reward, issued automatically on the first day of the following month. Rewards expire after 12 months.

Points for an order appear once it ships; if you return items, the points for them are removed.`,
  },
  {
    slug: 'reset-your-password',
    title: 'How do I reset my password?',
    category: 'account-rewards',
    sub: 'account',
    tags: ['account'],
    status: 'published',
    body: `Choose **Sign in → Forgot password?** and enter the email address of your account. We email you a link that works for 30 minutes.

If the email does not arrive, check your spam folder and make sure you used the address you signed up with. Accounts created at checkout in one of our stores use the email on your receipt.`,
  },
  {
    slug: 'gift-cards',
    title: 'Buying and redeeming gift cards',
    category: 'account-rewards',
    sub: 'account',
    tags: ['orders'],
    status: 'published',
    body: `Acme gift cards come as **e-gift cards** (delivered by email within minutes) or plastic cards mailed for free. They never expire and carry no fees.

Redeem a gift card at checkout under *Payment → Gift card*. You can combine up to five gift cards with one other payment method. Check your balance at any time on the gift card page.`,
  },
  {
    slug: 'rent-gear-before-you-buy',
    title: 'Renting gear before you buy',
    category: 'orders-shipping',
    sub: 'changes-cancellations',
    tags: ['rentals'],
    status: 'draft',
    body: `Not sure which tent or backpack suits you? Our Boulder and Denver stores rent **tents, packs, sleeping bags and snowshoes** by the weekend.

Reserve online up to 60 days ahead and pick up on Friday after 3 pm; return by Monday noon. If you buy the same model within 30 days, we credit the rental fee towards your purchase.`,
  },
  {
    slug: 'repair-service',
    title: 'Sending gear in for repair',
    category: 'product-care',
    sub: 'tents-shelters',
    tags: ['care', 'warranty'],
    status: 'archived',
    body: `Our repair shop fixes broken zippers, torn fabric, delaminated soles and bent tent poles — on any brand, not only ours.

Start a repair request under **My account → Repairs**, pack the item clean and dry, and use the prepaid label. Most repairs take two to three weeks; we email you a quote before we start if the repair is not covered by the Trail Tested Guarantee.`,
  },
];
