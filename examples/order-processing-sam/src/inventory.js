// Checks one order item against the stock.
const STOCK = { 'BOOK-1': 12, 'PEN-2': 300, 'LAMP-3': 4, 'DESK-4': 0 };

exports.handler = async (item) => {
  const inStock = STOCK[item.sku] ?? 0;
  return { sku: item.sku, quantity: item.quantity, available: inStock >= item.quantity };
};
